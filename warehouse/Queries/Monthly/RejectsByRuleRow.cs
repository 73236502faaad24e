namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/rejects_by_rule.sql: rule: rows rejected from the files of the month beginning $1 (and its year's plan), by rule</summary>
[Query("monthly/rejects_by_rule")]
public sealed record RejectsByRuleRow(
    string? RuleCode,
    long? Rows,
    long? Files);
