"""Funnel analytics: figures per stage, manager, channel and period, computed in SQL.

Every public function takes ``(db, actor, filter)`` and returns frozen dataclasses;
nothing here imports Qt. Count reports read the derived ``lead_progress`` table and
time-in-stage reports ``stage_stays`` (see ``derived``), both kept equal to a
recomputation from the stage history.
"""
