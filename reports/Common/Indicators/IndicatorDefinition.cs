using System.Globalization;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;

namespace CorrAnalytics.Reports.Common.Indicators;

/// <summary>
/// An indicator of the catalogue (<see cref="IndicatorCatalogue"/>): its key, where its value is in the
/// indicators query (warehouse/sql/queries/common/indicators.sql over marts.mart_indicators_monthly, DESIGN §5), its kind (which gives
/// its unit and scale), whether a rise is good news (null: neither) and the source it is computed from.
/// Its name is kpi.&lt;label&gt; and its definition def.&lt;key&gt; in every language.
/// </summary>
public sealed record IndicatorDefinition(string Key, string Label, Func<IndicatorsRow, object?> Value, ValueKind Kind, bool? HigherIsBetter, ExhibitSource Source)
{
    public string LabelKey => "kpi." + Label;

    public string DefinitionKey => "def." + Key;

    /// <summary>
    /// The indicators of the month beginning <paramref name="month"/> with the previous month and the same month a year earlier,
    /// and, for a department's report, the republic's figure from <paramref name="national"/>.
    /// </summary>
    /// <param name="now">The month's row when the caller has it already (the indicators query is the report's costliest).</param>
    public static List<Indicator> Read(WarehouseSession session, DateTime month, IEnumerable<IndicatorDefinition> definitions, Translations.Labels labels,
        IndicatorsRow? national = null, IndicatorsRow? now = null)
    {
        now ??= ReportQueries.Single<IndicatorsRow>(session, month);
        var mom = ReportQueries.Single<IndicatorsRow>(session, month.AddMonths(-1));
        var yoy = ReportQueries.Single<IndicatorsRow>(session, month.AddMonths(-12));
        return definitions.Select(d => new Indicator(d.Key, labels[d.LabelKey], d.Kind, d.Number(now), d.Number(mom), d.Number(yoy), d.HigherIsBetter)
        {
            National = national is null ? null : d.Number(national),
        }).ToList();
    }

    public decimal? Number(IndicatorsRow row) => Value(row) switch
    {
        null => null,
        IConvertible c => Convert.ToDecimal(c, CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"{Key} holds {other.GetType().Name}, not a number."),
    };
}
