-- A reject: the struct (rule, column, value, message) the staging helpers return for a value that breaks a rule.
create or replace macro staging.reject(rule, col, val, msg) as
    {'rule': rule, 'column': col, 'value': val, 'message': msg};
