namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/staff.sql: staff category: posts established and filled at the end of the month beginning $1, and the vacancy rate; $2 is the language</summary>
[Query("monthly/staff")]
public sealed record StaffRow(
    string? StaffCategory,
    long? Established,
    long? Filled,
    double? VacancyPct);
