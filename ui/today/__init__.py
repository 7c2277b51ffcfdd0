"""The Today page: my overdue and due-today follow-ups, and leads without a next step."""
