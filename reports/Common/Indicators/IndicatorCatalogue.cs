using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Common.Indicators;

/// <summary>
/// Every indicator a publication prints, once (PUBLICATION §6, DESIGN §5): the tiles, the headline
/// tables, the key findings, the recorded figures and their revisions, and the methodology section all
/// read their name, unit, direction, source and definition from here.
/// </summary>
public static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new("stock", "stock", r => r.Stock, ValueKind.Integer, null, ExhibitSource.Population),
        new("adp", "adp", r => r.Adp, ValueKind.Integer, null, ExhibitSource.Population),
        new("capacity", "capacity", r => r.Capacity, ValueKind.Integer, null, ExhibitSource.Population),
        new("density_pct", "density", r => r.DensityPct, ValueKind.Percent, false, ExhibitSource.Population),
        new("rate_per_100k", "rate", r => r.RatePer100k, ValueKind.Decimal1, null, ExhibitSource.Population),
        new("pretrial_pct", "pretrial", r => r.PretrialPct, ValueKind.Percent, false, ExhibitSource.Population),
        new("women_pct", "women", r => r.WomenPct, ValueKind.Percent, null, ExhibitSource.Population),
        new("foreigners_pct", "foreigners", r => r.ForeignersPct, ValueKind.Percent, null, ExhibitSource.Population),
        new("juveniles", "juveniles", r => r.Juveniles, ValueKind.Integer, null, ExhibitSource.Population),
        new("admissions", "admissions", r => r.Admissions, ValueKind.Integer, null, ExhibitSource.Population),
        new("releases", "releases", r => r.Releases, ValueKind.Integer, null, ExhibitSource.Population),
        new("parole_pct", "parole", r => r.ParolePct, ValueKind.Percent, true, ExhibitSource.Population),
        new("deaths_per_10k", "deaths", r => r.DeathsPer10k, ValueKind.Decimal1, false, ExhibitSource.Incidents),
        new("suicides_per_10k", "suicides", r => r.SuicidesPer10k, ValueKind.Decimal1, false, ExhibitSource.Incidents),
        new("escapes_per_10k", "escapes", r => r.EscapesPer10k, ValueKind.Decimal1, false, ExhibitSource.Incidents),
        new("vacancy_pct", "vacancy", r => r.VacancyPct, ValueKind.Percent, false, ExhibitSource.Staffing),
        new("inmates_per_officer", "per_officer", r => r.InmatesPerOfficer, ValueKind.Decimal1, false, ExhibitSource.Staffing),
        new("execution_ytd_pct", "execution", r => r.ExecutionYtdPct, ValueKind.Percent, true, ExhibitSource.Budget),
        new("cost_per_inmate_day", "cost", r => r.CostPerInmateDay, ValueKind.MoneyPerHead, null, ExhibitSource.Budget),
        new("food_per_inmate_day", "food", r => r.FoodPerInmateDay, ValueKind.MoneyPerHead, null, ExhibitSource.Budget),
        new("plan_fulfilment_pct", "fulfilment", r => r.PlanFulfilmentPct, ValueKind.Percent, true, ExhibitSource.Production),
        new("internal_share_pct", "internal", r => r.InternalSharePct, ValueKind.Percent, null, ExhibitSource.Production),
        new("employment_pct", "employment", r => r.EmploymentPct, ValueKind.Percent, true, ExhibitSource.Production),
        new("output_per_employed", "output_per_employed", r => r.OutputPerEmployed, ValueKind.MoneyPerHead, true, ExhibitSource.Production),
        new("average_wage", "wage", r => r.AverageWage, ValueKind.MoneyPerHead, true, ExhibitSource.Production),
        new("deductions", "deductions", r => r.Deductions, ValueKind.Money, null, ExhibitSource.Production),
    ];

    /// <summary>The indicators of the monthly report's headline table, in its order; their figures are recorded with each publication.</summary>
    public static readonly IReadOnlyList<IndicatorDefinition> Monthly = All.Where(d => d.Key != "deductions").ToList();

    /// <summary>The production analysis' headline indicators.</summary>
    public static readonly IReadOnlyList<IndicatorDefinition> Production =
        new[] { "plan_fulfilment_pct", "internal_share_pct", "employment_pct", "output_per_employed", "average_wage", "deductions" }.Select(Get).ToList();

    public static IndicatorDefinition Get(string key) =>
        All.FirstOrDefault(d => d.Key == key) ?? throw new KeyNotFoundException($"No indicator '{key}' in the catalogue.");
}
