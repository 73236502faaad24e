using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Monthly;

/// <summary>
/// A department's annexes count only its facilities (#30): D-11 runs ЕЦ-166/1 and ЕЦ-166/2, D-71 runs
/// АС-221/1. The February population file spoils one row of each facility and adds two rows whose
/// facility cannot be resolved (an unknown code, a line of the wrong shape): those are in the
/// republic's annex only, and each department's annex says how many there are.
/// </summary>
public class DepartmentAnnexTests
{
    private static readonly YearMonth February = new(2024, 2);

    private static MonthlyReport Report(EtlHarness etl, string? department) =>
        ReportScope.Render(etl.Session, department, February, ReportLanguage.English,
            scope => new MonthlyReportBuilder(etl.Session, TestClock.Running()).Build(February, ReportLanguage.English, scope));

    private static EtlHarness Loaded()
    {
        var etl = new EtlHarness { RejectThreshold = 0.2 }.Register();
        var lines = new List<string> { "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners" };
        foreach (var day in February.Dates)
        {
            var date = day.ToString("yyyy-MM-dd");
            lines.Add(day.Day == 5 ? $"ЕЦ-166/1,{date},400,400,0,-1,0,0" : $"ЕЦ-166/1,{date},400,400,0,0,0,0");        // NEGATIVE_COUNT, D-11
            lines.Add(day.Day == 6 ? $"ЕЦ-166/2,{date},250,250,0,1\u0001,0,0" : $"ЕЦ-166/2,{date},250,250,0,0,0,0");     // CONTROL_CHARACTER, D-11
            lines.Add(day.Day == 7 ? $"АС-221/1,{date},600,0,600,0,-2,0" : $"АС-221/1,{date},600,0,600,0,0,0");           // NEGATIVE_COUNT, D-71
        }
        lines.Add("ZZ-999,2024-02-08,10,10,0,0,0,0");   // UNKNOWN_FACILITY: no department's
        lines.Add("ЕЦ-166/1,2024-02-09,1");               // FIELD_COUNT: a line that cannot be split names no facility
        etl.Drop("population_202402.csv", [.. lines]);
        Assert.All(etl.Run().Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        return etl;
    }

    private static Dictionary<string, long> RowsByRule(MonthlyReport report) =>
        report.Rejects.Rows.ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1]));

    [Fact]
    public void A_departments_rejects_annex_counts_only_its_facilities_rows_and_says_how_many_are_the_republics_only()
    {
        using var etl = Loaded();

        var republic = Report(etl, null);
        var d11 = Report(etl, "D-11");
        var d71 = Report(etl, "D-71");

        Assert.Equal(new Dictionary<string, long> { ["Negative value"] = 2, ["Control character"] = 1, ["Unknown facility"] = 1, ["Wrong number of fields"] = 1 }, RowsByRule(republic)); // the rules by name, in the report's language
        Assert.Equal(new Dictionary<string, long> { ["Negative value"] = 1, ["Control character"] = 1 }, RowsByRule(d11));
        Assert.Equal(new Dictionary<string, long> { ["Negative value"] = 1 }, RowsByRule(d71));
        Assert.Null(republic.Rejects.Note);
        Assert.Equal(d11.Labels.Format("note.rejects_department", 2L), d11.Rejects.Note);
        Assert.Equal(d71.Labels.Format("note.rejects_department", 2L), d71.Rejects.Note);
    }

    [Fact]
    public void A_departments_missing_submissions_annex_lists_only_its_facilities()
    {
        using var etl = Loaded();

        // Only population was sent: staffing and payments are missing for every open facility.
        string[] Missing(string? department) => Report(etl, department).Missing.Rows.Select(r => $"{r[0]} {r[1]}").Order().ToArray();
        var d11 = Missing("D-11");

        Assert.NotEmpty(d11);
        Assert.All(d11, row => Assert.Contains(row.Split(' ')[^1], new[] { "ЕЦ-166/1", "ЕЦ-166/2" }));
        Assert.DoesNotContain(Missing("D-71"), row => row.EndsWith("ЕЦ-166/1") || row.EndsWith("ЕЦ-166/2"));
        Assert.Equal(Missing(null), d11.Concat(Missing("D-71")).Order().ToArray());
    }
}
