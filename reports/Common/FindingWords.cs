using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>The phrases key findings of every report share: a change in words, and what the month's returns lack.</summary>
public static class FindingWords
{
    /// <summary>A change of a level smaller than this, in per cent, is "almost unchanged" (the threshold the methodology states).</summary>
    public const decimal AlmostUnchanged = 0.5m;

    /// <summary>"up 2.1 % on the same month last year", or "almost unchanged on the previous month (+0.2 %)" below the threshold.</summary>
    public static string Change(Labels l, decimal? change, string period)
    {
        if (NumberFormat.Shown(change) is not { } shown)
            return l.Format("findings.change_unknown", l[period]);
        var signed = NumberFormat.Change(shown, ValueKind.Integer, l.Language.Culture, "");
        if (Math.Abs(shown) < AlmostUnchanged)
            return l.Format("findings.change_flat", l[period], signed);
        return l.Format(shown > 0 ? "findings.change_up" : "findings.change_down", l[period], signed.TrimStart('+', '−'));
    }

    /// <summary>Which returns the month lacks, by source with the number of facilities (the rows of the missing-submissions table), or that it has them all.</summary>
    public static string Completeness(Labels l, ReportTable missing)
    {
        if (missing.Rows.Count == 0)
            return l["quality.none"];
        var bySource = missing.Rows.GroupBy(r => (string)r[0]!)
            .Select(g => l.Format("findings.missing_source", g.Key, g.Count().ToString("N0", l.Language.Culture)));
        return l.Format("findings.incomplete", string.Join(", ", bySource));
    }
}
