using System.IO.Compression;
using System.Security.Cryptography;
using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class PublicationTests
{
    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The workbook's sheets and strings, without the package's time stamps.</summary>
    private static Dictionary<string, string> Sheets(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml")
            .ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }

    [Fact]
    public void A_published_report_is_recorded_recognised_when_rendered_again_and_reproduced_byte_for_byte_after_a_resubmission()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-03", "--seed", "3").ExitCode);
        var february = File.ReadAllText(Path.Combine(inbox, "population_202402.csv"));
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        string Out(string name) => Path.Combine(data.Path, name);
        string[] Report(string folder, params string[] more) =>
            ["report", "monthly", "--data", data.Path, "--period", "2024-02", "--lang", "en", "--out", Out(folder), .. more];

        var first = CorrRun.Run(Report("first"));
        var again = CorrRun.Run(Report("again"));

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Recorded as publication 1 (data version", first.Output);
        Assert.Contains("The same as publication 1", again.Output);
        Assert.Equal(1, WarehouseQuery.Scalar(data.Path, "select count(*) from etl.publications"));
        foreach (var file in new[] { "monthly_2024-02_en.pdf", "monthly_2024-02_en.xlsx" })
            Assert.Equal(Sha(Path.Combine(Out("first"), file)), Sha(Path.Combine(Out("again"), file)));
        Assert.Contains("\"publication_id\": 1", File.ReadAllText(Path.Combine(Out("first"), "manifest_2024-02_en.json")));

        // The region re-submits February with one more sentenced prisoner on every row.
        var lines = PopulationResubmission.OneMorePerRow(inbox, "population_202402.csv", february);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        // Stock is the population of the month's last day: every facility reporting that day now holds one more.
        var lastDay = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[1] == "2024-02-29").ToList();
        var stockBefore = lastDay.Sum(f => int.Parse(f[2]));
        var revisionsJson = CorrRun.Run("report", "revisions", "--data", data.Path, "--period", "2024-02", "--json");
        var status = CorrRun.Run("status", "--data", data.Path);
        Assert.True(revisionsJson.ExitCode == 0, revisionsJson.Error);
        using (var json = System.Text.Json.JsonDocument.Parse(revisionsJson.Output))
        {
            var stock = json.RootElement.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "stock");
            Assert.Equal(stockBefore, stock.GetProperty("published").GetDecimal());
            Assert.Equal(stockBefore + lastDay.Count, stock.GetProperty("current").GetDecimal());
            Assert.Equal(1, stock.GetProperty("publication").GetInt64());
            Assert.Equal(["population_202402.csv"], stock.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
            Assert.DoesNotContain(json.RootElement.EnumerateArray(), r => r.GetProperty("indicator").GetString() == "admissions"); // movements untouched
        }
        Assert.Matches(@"monthly\s.*2024-02.*\d+ figure\(s\) revised", status.Output);
        // March's report lists February's revised figures in its annex.
        Assert.Equal(0, CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--lang", "en", "--format", "xlsx", "--out", Out("march")).ExitCode);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(Out("march"), "monthly_2024-03_en.xlsx")))
        {
            var stockLabel = Reports.Translations.Labels.For(Reports.ReportLanguage.English)["kpi.stock"];
            var row = workbook.Worksheet("Revisions").RowsUsed().Single(r => r.Cell(2).GetString() == stockLabel);
            Assert.Equal(["February 2024", stockBefore.ToString(), (stockBefore + lastDay.Count).ToString(), "1", "population_202402.csv"],
                new[] { 1, 3, 4, 7, 8 }.Select(c => row.Cell(c).GetString()));
            Assert.StartsWith("the population return for February 2024 (received ", row.Cell(6).GetString()); // the cause in words, as the PDF prints it
        }

        var revised = CorrRun.Run(Report("revised"));
        var asOfFirst = CorrRun.Run(Report("as-of", "--as-of", "1"));
        var reproduced = CorrRun.Run("report", "reproduce", "--data", data.Path, "--publication", "1", "--out", Out("reproduced"));

        Assert.Contains("Recorded as publication 3", revised.Output); // March's report was publication 2
        Assert.NotEqual(Sheets(Path.Combine(Out("first"), "monthly_2024-02_en.xlsx")), Sheets(Path.Combine(Out("revised"), "monthly_2024-02_en.xlsx")));
        Assert.True(asOfFirst.ExitCode == 0, asOfFirst.Error);
        Assert.Equal(Sheets(Path.Combine(Out("first"), "monthly_2024-02_en.xlsx")), Sheets(Path.Combine(Out("as-of"), "monthly_2024-02_en.xlsx")));
        Assert.True(reproduced.ExitCode == 0, reproduced.Error + reproduced.Output);
        Assert.Contains("Publication 1 is reproduced: all 2 file(s) are byte-identical", reproduced.Output);
        foreach (var file in new[] { "monthly_2024-02_en.pdf", "monthly_2024-02_en.xlsx" })
            Assert.Equal(Sha(Path.Combine(Out("first"), file)), Sha(Path.Combine(Out("reproduced"), file)));

        var verified = CorrRun.Run("report", "verify", Path.Combine(Out("first"), "monthly_2024-02_en.pdf"), "--data", data.Path);
        Assert.True(verified.ExitCode == 0, verified.Error + verified.Output);
        Assert.Contains("monthly_2024-02_en.pdf is publication 1: monthly 2024-02 (en)", verified.Output);
        Assert.Contains("The warehouse reproduces monthly_2024-02_en.pdf byte for byte.", verified.Output);
        Assert.Contains($"Revised since: {Reports.Translations.Labels.For(Reports.ReportLanguage.English)["kpi.stock"]}: {stockBefore:N0} → {stockBefore + lastDay.Count:N0} (population_202402.csv).", verified.Output);

        var tampered = Path.Combine(data.Path, "tampered.pdf");
        File.WriteAllBytes(tampered, [.. File.ReadAllBytes(Path.Combine(Out("first"), "monthly_2024-02_en.pdf")), (byte)'\n']);
        var forged = CorrRun.Run("report", "verify", tampered, "--data", data.Path);
        Assert.Equal(1, forged.ExitCode);
        Assert.StartsWith("corr: tampered.pdf (SHA-256 ", forged.Error);
        Assert.Contains("is no publication of this warehouse", forged.Error);
    }

    [Fact]
    public void A_departments_publication_is_revised_in_its_own_revisions_and_an_unknown_department_is_a_clear_error()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-02", "--to", "2024-02", "--seed", "3").ExitCode);
        var february = File.ReadAllText(Path.Combine(inbox, "population_202402.csv"));
        var register = File.ReadAllLines(Directory.GetFiles(inbox, "facilities_*.csv").Single()).Select(l => l.Split(',')).ToList();
        var d35 = register.Skip(1).Where(f => f[Array.IndexOf(register[0], "department_code")] == "D-35").Select(f => f[0]).ToHashSet();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        var published = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-02", "--lang", "en", "--format", "xlsx", "--department", "D-35", "--out", Path.Combine(data.Path, "r"));
        Assert.True(published.ExitCode == 0, published.Error);

        var lines = PopulationResubmission.OneMorePerRow(inbox, "population_202402.csv", february);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        // Stock is the last day's population of D-35's facilities; each of them reporting that day now holds one more.
        var lastDay = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[1] == "2024-02-29" && d35.Contains(f[0])).ToList();
        var revised = CorrRun.Run("report", "revisions", "--data", data.Path, "--period", "2024-02", "--department", "d-35", "--json");
        var republic = CorrRun.Run("report", "revisions", "--data", data.Path, "--period", "2024-02");
        var unknown = CorrRun.Run("report", "revisions", "--data", data.Path, "--period", "2024-02", "--department", "D-99");

        Assert.True(revised.ExitCode == 0, revised.Error);
        using (var json = System.Text.Json.JsonDocument.Parse(revised.Output))
        {
            var stock = json.RootElement.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "stock");
            Assert.Equal(lastDay.Sum(f => int.Parse(f[2])), stock.GetProperty("published").GetDecimal());
            Assert.Equal(lastDay.Sum(f => int.Parse(f[2])) + lastDay.Count, stock.GetProperty("current").GetDecimal());
            Assert.Equal("D-35", stock.GetProperty("scope").GetString());
            Assert.Equal(["population_202402.csv"], stock.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        }
        Assert.Contains("No published figure of 2024-02 has changed", republic.Output); // only D-35's report was published
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("corr: There is no department D-99; the departments are listed in warehouse/sql/seeds/departments.csv (e.g. D-35).", unknown.Error.Trim());
    }

    [Fact]
    public void As_of_a_time_before_any_load_there_is_no_data_and_an_unknown_publication_is_a_clear_error()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", "2024-01", "--to", "2024-01", "--seed", "3").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var before = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-01", "--as-of", "2000-01-01 00:00", "--out", Path.Combine(data.Path, "r"));
        var unknown = CorrRun.Run("report", "reproduce", "--data", data.Path, "--publication", "77");
        var bad = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-01", "--as-of", "yesterday");

        Assert.Equal(1, before.ExitCode);
        Assert.Equal("corr: There is no data for 2024-01: load it first (corr etl run).", before.Error.Trim());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("corr: There is no publication 77; 'corr status' shows the latest of each kind.", unknown.Error.Trim());
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--as-of 'yesterday' is neither a publication id nor a time", bad.Error);
    }

    [Fact]
    public void A_scheduled_report_is_a_publication_in_each_language_triggered_by_the_schedule()
    {
        using var data = new TempDataDir();
        var lastMonth = TestSupport.TestClock.Running().CurrentMonth.Previous; // the month the scheduled job reports
        Assert.Equal(0, CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", lastMonth.ToString(), "--to", lastMonth.ToString(), "--seed", "3").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var run = CorrRun.Run("schedule", "run", "--data", data.Path, "--once", "monthly-report");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Equal(["en", "kk", "ru"], WarehouseQuery.Rows(data.Path,
            "select language from etl.publications where kind = 'monthly' and period = $1 and triggered_by = 'schedule' order by language",
            r => r.GetString(0), lastMonth.ToString()));
        var manifest = Path.Combine(data.Path, "reports", "monthly", lastMonth.ToString(), $"manifest_{lastMonth}_kk.json");
        Assert.Matches(@"""publication_id"": \d+", File.ReadAllText(manifest));
    }
}
