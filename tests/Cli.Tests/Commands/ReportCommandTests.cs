using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class ReportCommandTests
{
    [Fact]
    public void Report_commands_write_their_files_and_refuse_bad_periods_clearly()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", "2024-01", "--to", "2024-03").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        // A warehouse last initialised by an older version lacks the macros this one's queries call: the command makes them.
        WarehouseQuery.Execute(data.Path, "drop macro staging.named");
        var monthly = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--lang", "en", "--format", "pdf");
        var production = CorrRun.Run("report", "production", "--data", data.Path, "--period", "2024-03", "--lang", "kk", "--format", "xlsx");
        var budget = CorrRun.Run("report", "budget", "--data", data.Path, "--year", "2025", "--lang", "ru");
        var empty = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2030-01", "--lang", "en");
        var badPeriod = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-13");
        var badLanguage = CorrRun.Run("report", "production", "--data", data.Path, "--period", "2024-03", "--lang", "de");

        Assert.Equal(0, monthly.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "monthly", "2024-03", "monthly_2024-03_en.pdf")));
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "monthly", "2024-03", "manifest_2024-03_en.json")));
        Assert.Equal(0, production.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "production", "2024-03", "production_2024-03_kk.xlsx")));
        Assert.Equal(0, budget.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "budget", "2025", "budget_2025_ru.xlsx")));
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("no data for 2030-01", empty.Error);
        Assert.Equal(2, badPeriod.ExitCode);
        Assert.Contains("--period '2024-13' is not a month", badPeriod.Error);
        Assert.Equal(2, badLanguage.ExitCode);
    }

    [Fact]
    public void Every_command_has_help_with_an_example()
    {
        foreach (var command in new[] { new[] { "init" }, ["sample"], ["etl", "run"], ["etl", "batches"], ["etl", "rejects"], ["check"], ["status"],
                     ["report", "monthly"], ["report", "production"], ["report", "budget"], ["report", "reproduce"], ["report", "verify"], ["report", "revisions"],
                     ["etl", "quarantine"], ["etl", "retry"], ["etl", "revert"], ["schedule", "run"], ["schedule", "list"], ["demo"], ["bench"] })
        {
            var help = CorrRun.Run([.. command, "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("EXAMPLES", help.Output);
        }
    }

    [Fact]
    public void A_departments_report_by_its_code_and_one_for_every_department_in_one_command()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", "2024-03", "--to", "2024-03", "--seed", "5").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        var one = Path.Combine(data.Path, "one");
        var all = Path.Combine(data.Path, "all");

        var karaganda = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--lang", "ru", "--format", "pdf", "--department", "d-35", "--out", one);
        var every = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--lang", "en", "--format", "xlsx", "--all-departments", "--out", all);
        var unknown = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--department", "D-99");
        var both = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--department", "D-35", "--all-departments");

        Assert.True(karaganda.ExitCode == 0, karaganda.Error);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(one, "monthly_2024-03_D-35_ru.pdf")))
            Assert.Contains("Карагандинской области", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text))); // the cover's scope line
        Assert.True(every.ExitCode == 0, every.Error);
        var departments = WarehouseQuery.Rows(data.Path,
            "select distinct department_code from core.dim_facility where date '2024-03-31' between valid_from and valid_to order by 1", r => r.GetString(0));
        Assert.Equal(departments.Select(d => $"monthly_2024-03_{d}_en.xlsx").Append("monthly_2024-03_en.xlsx").Order(StringComparer.Ordinal),
            Directory.GetFiles(all, "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(departments.Count + 1, WarehouseQuery.Scalar(data.Path, "select count(*) from etl.publications where kind = 'monthly' and language = 'en'"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("corr: There is no department D-99", unknown.Error);
        Assert.Equal(2, both.ExitCode);
    }
}
