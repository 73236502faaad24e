using CorrAnalytics.TestSupport;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using Microsoft.Extensions.Configuration;
using Quartz;
using Quartz.Extensibility;

namespace CorrAnalytics.Cli.Tests.Infrastructure;

public class ScheduleConfigurationTests
{
    private static CorrConfiguration Configuration(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(settings)
            .Build());

    [Fact]
    public void The_shipped_appsettings_give_the_documented_schedule()
    {
        var configuration = Configuration([]);
        var options = configuration.Schedule;

        Assert.Equal("Asia/Almaty", configuration.TimeZone.Id);
        Assert.Equal("0 0/15 * * * ?", options.Ingest.Cron);
        Assert.Equal(("0 0 8 * * ?", 5), (options.MonthlyReport.Cron, options.MonthlyReport.WorkingDay));
        Assert.Equal(["kk", "ru", "en"], options.Languages!);
        Assert.Equal((4, 30.0, 2.0, 600.0), (options.Retry.Attempts, options.Retry.InitialDelaySeconds, options.Retry.Factor, options.Retry.MaxDelaySeconds));
    }

    [Fact]
    public void Settings_from_the_environment_change_the_triggers_the_scheduler_builds()
    {
        var configuration = Configuration(new()
        {
            ["Corr:Schedule:TimeZone"] = "Europe/Moscow",
            ["Corr:Schedule:Ingest:Cron"] = "0 0/5 * * * ?",
            ["Corr:Schedule:ProductionReport:Enabled"] = "false",
            ["Corr:Schedule:MonthlyReport:Languages:0"] = "ru",
        });
        var options = configuration.Schedule;
        var clock = TestClock.Fake(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero)).Clock.In(configuration.TimeZone);
        var jobs = new ScheduleRegistry(options, clock).Jobs();
        var ingest = jobs.Single(j => j.Job.Key.Equals(ScheduleRegistry.Ingest)).Trigger!;
        var hour = new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(3));

        Assert.Equal(12, TriggerFireTimes.ComputeBetween(ingest, null!, hour, hour.AddHours(1).AddTicks(-1)).Count);
        Assert.Equal("Europe/Moscow", ((ICronTrigger)ingest).TimeZone.Id);
        Assert.DoesNotContain(jobs, j => j.Job.Key.Equals(ScheduleRegistry.ProductionReport));
        Assert.Equal("ru", jobs.Single(j => j.Job.Key.Equals(ScheduleRegistry.MonthlyReport)).Job.JobDataMap.GetString(ReportJob.LanguagesKey));
    }

    [Fact]
    public void The_reports_settings_give_the_contact_the_due_day_and_the_release_days_of_the_schedule()
    {
        var shipped = Configuration([]).Publication;
        Assert.Empty(shipped.Contact);
        Assert.Equal((0, 0), (shipped.SubmissionDueDay, shipped.SuppressBelow));
        Assert.Equal(new Dictionary<string, int> { ["monthly"] = 5, ["production"] = 5 }, shipped.ReleaseWorkingDay);

        var one = Configuration(new() { ["Corr:Reports:Contact"] = "stat@example.kz", ["Corr:Reports:SubmissionDueDay"] = "10", ["Corr:Schedule:ProductionReport:Enabled"] = "false" }).Publication;
        Assert.Equal("stat@example.kz", one.ContactFor(Reports.ReportLanguage.Kazakh));
        Assert.Equal(new DateOnly(2026, 12, 10), one.DueDate(new Warehouse.Time.YearMonth(2026, 11)));
        Assert.Equal(["monthly"], one.ReleaseWorkingDay.Keys); // a report the schedule does not release names no next release

        var each = Configuration(new() { ["Corr:Reports:Contact:ru"] = "Отдел статистики", ["Corr:Reports:Contact:EN"] = "Statistics unit" }).Publication;
        Assert.Equal(("Отдел статистики", "Statistics unit", null), (each.ContactFor(Reports.ReportLanguage.Russian), each.ContactFor(Reports.ReportLanguage.English), each.ContactFor(Reports.ReportLanguage.Kazakh)));
    }

    [Theory]
    [InlineData("SubmissionDueDay", "31", "Corr:Reports:SubmissionDueDay is 31; it is a day of the month from 1 to 28, or 0 for none")]
    [InlineData("SuppressBelow", "-1", "Corr:Reports:SuppressBelow is -1; it is a count, 0 to print every count")]
    public void A_reports_setting_out_of_range_is_a_clear_error(string key, string value, string message)
    {
        var configuration = Configuration(new() { [$"Corr:Reports:{key}"] = value });

        var error = Assert.Throws<UserFacingException>(() => configuration.Publication);
        Assert.Equal(message, error.Message);
    }
}
