using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Monthly;

/// <summary>
/// A facility that moves between departments (#30): ЕЦ-166/2 is D-11's until the register of
/// 1 March 2024 gives it to D-71 (its region stays Akmola). A department's members for a month are
/// the facility versions valid on that month's last day, and its previous-month and last-year figures
/// are those of the same members (like for like): worked out here from the daily stocks.
/// </summary>
public class DepartmentMoveTests
{
    // Daily stock of each facility in January, February and March 2024.
    private static readonly Dictionary<string, int[]> Stock = new()
    {
        ["ЕЦ-166/1"] = [400, 410, 420],
        ["ЕЦ-166/2"] = [250, 260, 270],
        ["АС-221/1"] = [600, 610, 620],
    };

    private static void DropPopulation(EtlHarness etl, int month)
    {
        var period = new YearMonth(2024, month);
        etl.Drop(PopulationMonth.FileName(period), PopulationMonth.Lines(period, Stock.Select(s => (s.Key, s.Value[month - 1]))));
    }

    private static string[] RegisterWithTheMove() =>
        EtlHarness.RegisterLines().Select(l => l.StartsWith("ЕЦ-166/2,") ? l.Replace(",KZ-11,D-11,", ",KZ-11,D-71,") : l).ToArray();

    private static Indicator StockOf(EtlHarness etl, string department, int month)
    {
        var period = new YearMonth(2024, month);
        var report = ReportScope.Render(etl.Session, department, period, ReportLanguage.English,
            scope => new MonthlyReportBuilder(etl.Session, TestClock.Running()).Build(period, ReportLanguage.English, scope));
        return report.Indicator("stock");
    }

    private static EtlHarness Loaded()
    {
        var etl = new EtlHarness().Register();
        foreach (var month in new[] { 1, 2, 3 })
            DropPopulation(etl, month);
        Assert.All(etl.Run().Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        return etl;
    }

    [Fact]
    public void A_move_starts_a_new_version_and_the_months_before_it_keep_the_old_department()
    {
        using var etl = Loaded();
        var februaryBefore = (StockOf(etl, "D-11", 2).Value, StockOf(etl, "D-71", 2).Value);

        etl.Drop("facilities_20240301.csv", RegisterWithTheMove());
        etl.Run();

        // February: ЕЦ-166/2 is still D-11's, before the register of March arrived and after.
        Assert.Equal((410m + 260, 610m), februaryBefore);
        Assert.Equal(februaryBefore, (StockOf(etl, "D-11", 2).Value, StockOf(etl, "D-71", 2).Value));
        // March: it is D-71's.
        Assert.Equal(420m, StockOf(etl, "D-11", 3).Value);
        Assert.Equal(620m + 270, StockOf(etl, "D-71", 3).Value);
        Assert.Equal(
            ["ЕЦ-166/2 D-11 1980-01-01 2024-02-29", "ЕЦ-166/2 D-71 2024-03-01 9999-12-31"],
            etl.Session.Query("select facility_code || ' ' || department_code || ' ' || valid_from || ' ' || valid_to from core.dim_facility where facility_code = 'ЕЦ-166/2' order by valid_from",
                r => r.GetString(0)));
    }

    [Fact]
    public void A_departments_previous_month_is_that_of_this_months_members_for_a_move_out_and_a_move_in()
    {
        using var etl = Loaded();
        etl.Drop("facilities_20240301.csv", RegisterWithTheMove());
        etl.Run();

        var moveOut = StockOf(etl, "D-11", 3);
        var moveIn = StockOf(etl, "D-71", 3);

        // Like for like: D-11 compares ЕЦ-166/1 with ЕЦ-166/1, D-71 its two facilities of March with the same two in February.
        Assert.Equal((420m, 410m), (moveOut.Value, moveOut.PreviousMonth));
        Assert.Equal((620m + 270, 610m + 260), (moveIn.Value, moveIn.PreviousMonth));
        // The republic is not moved by a move.
        Assert.Equal((420m + 270 + 620, 410m + 260 + 610), (moveIn.National, StockOf(etl, "D-11", 2).National));
    }
}
