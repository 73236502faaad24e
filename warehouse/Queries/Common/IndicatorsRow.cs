namespace CorrAnalytics.Warehouse.Queries.Common;

/// <summary>A row of common/indicators.sql: one row: the national indicators of DESIGN §5 for the month beginning $1</summary>
[Query("common/indicators")]
public sealed record IndicatorsRow(
    long? Stock,
    double? Adp,
    long? InmateDays,
    long? Capacity,
    double? DensityPct,
    double? RatePer100k,
    double? PretrialPct,
    double? WomenPct,
    double? ForeignersPct,
    long? Juveniles,
    long? Admissions,
    long? Releases,
    double? ParolePct,
    double? DeathsPer10k,
    double? SuicidesPer10k,
    double? EscapesPer10k,
    double? VacancyPct,
    double? InmatesPerOfficer,
    double? ExecutionYtdPct,
    double? CostPerInmateDay,
    double? FoodPerInmateDay,
    double? PlanFulfilmentPct,
    double? InternalSharePct,
    double? EmploymentPct,
    double? OutputPerEmployed,
    double? AverageWage,
    decimal? Deductions,
    long? RateMonths);
