using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>
/// The key findings of a monthly report (PUBLICATION §2): five to eight sentences in the reader's
/// language, each built from figures printed in a table of the same report, formatted as that table
/// prints them (the headline indicators of Table 1, the rows of the overcrowded, missing and revisions
/// tables), never a figure of its own.
/// </summary>
public static class KeyFindings
{
    public static IReadOnlyList<string> Of(MonthlyReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        string Value(string key) => NumberFormat.Format(report.Indicator(key).Value, report.Indicator(key).Kind, culture);
        var sentences = new List<string>();

        if (report.MissingSource("population") is null)
        {
            var stock = report.Indicator("stock");
            sentences.Add(l.Format("findings.stock", Value("stock"),
                FindingWords.Change(l, stock.ChangeMoM, "findings.on_month"), FindingWords.Change(l, stock.ChangeYoY, "findings.on_year")));
            var over = report.Overcrowded.Rows.Count;
            sentences.Add(l.Format("findings.occupancy", Value("density_pct"), Value("capacity"),
                over switch { 0 => l["findings.over_none"], 1 => l["findings.over_one"], _ => l.Format("findings.over_many", over.ToString("N0", culture)) }));
            sentences.Add(l.Format("findings.composition", Value("pretrial_pct"), Value("women_pct"), Value("foreigners_pct")));
            if (report.RateMonths >= 12)
                sentences.Add(l.Format("findings.safety", Value("deaths_per_10k"), Value("suicides_per_10k"), Value("escapes_per_10k")));
        }
        if (report.MissingSource("budget_exec") is null)
            sentences.Add(l.Format("findings.budget", Value("execution_ytd_pct"), Value("cost_per_inmate_day")));
        if (report.MissingSource("production") is null)
            sentences.Add(l.Format("findings.production", Value("plan_fulfilment_pct"), Value("employment_pct")));
        sentences.Add(FindingWords.Completeness(l, report.Missing));
        if (report.Revisions is { Rows.Count: > 0 } revisions)
            sentences.Add(l.Format("findings.revisions", revisions.Rows.Count.ToString("N0", culture)));
        return sentences;
    }
}
