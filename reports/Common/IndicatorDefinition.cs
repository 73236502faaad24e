using System.Globalization;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// A headline indicator: its key, where its value is in the national indicators query, its kind,
/// and whether a rise is good news (null: neither).
/// </summary>
public sealed record IndicatorDefinition(string Key, Func<IndicatorsRow, object?> Value, ValueKind Kind, bool? HigherIsBetter)
{
    /// <summary>
    /// The indicators of the month beginning <paramref name="month"/> with the previous month and the same month a year earlier,
    /// and, for a department's report, the republic's figure from <paramref name="national"/>.
    /// </summary>
    /// <param name="now">The month's row when the caller has it already (the indicators query is the report's costliest).</param>
    public static List<Indicator> Read(WarehouseSession session, DateTime month, IEnumerable<(IndicatorDefinition Definition, string Label)> definitions,
        IndicatorsRow? national = null, IndicatorsRow? now = null)
    {
        now ??= ReportQueries.Single<IndicatorsRow>(session, month);
        var mom = ReportQueries.Single<IndicatorsRow>(session, month.AddMonths(-1));
        var yoy = ReportQueries.Single<IndicatorsRow>(session, month.AddMonths(-12));
        return definitions.Select(d => new Indicator(d.Definition.Key, d.Label, d.Definition.Kind,
            d.Definition.Number(now), d.Definition.Number(mom), d.Definition.Number(yoy), d.Definition.HigherIsBetter)
        {
            National = national is null ? null : d.Definition.Number(national),
        }).ToList();
    }

    public decimal? Number(IndicatorsRow row) => Value(row) switch
    {
        null => null,
        IConvertible c => Convert.ToDecimal(c, CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"{Key} holds {other.GetType().Name}, not a number."),
    };
}
