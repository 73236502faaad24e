using CorrAnalytics.Reports.Delivery;
using CorrAnalytics.Scheduler.Tests.Support;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Scheduler.Tests;

public sealed class DeliverAfterReportTests
{
    [Fact]
    public async Task A_report_job_is_followed_by_the_delivery_of_that_report_and_both_runs_are_recorded()
    {
        await using var smtp = await SmtpTestServer.Start();
        var delivery = new DeliveryOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None", From = "corr@example.kz" },
            Recipients = [new RecipientOptions { Name = "Leader", Email = "leader@example.kz", Reports = ["monthly", "production"], Languages = ["ru"] }],
        };
        var options = new ScheduleOptions { WriterWaitSeconds = 0, Languages = ["ru"], Retry = new RetryOptions { Attempts = 1 } };
        await using var harness = new SchedulerHarness(options, delivery: delivery);
        using (var sample = new SampleFolder("2026-10", "2026-10"))
            foreach (var file in Directory.GetFiles(sample.Path, "*_*.*").Where(f => !f.EndsWith(".json")))
                File.Copy(file, Path.Combine(harness.Inbox, Path.GetFileName(file)));
        var scheduler = await harness.Start();
        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        Assert.Equal(ScheduleRegistry.Ingest, (await harness.NextFinished()).Job);
        Assert.Equal(ScheduleRegistry.Refresh, (await harness.NextFinished()).Job);

        await scheduler.TriggerJob(ScheduleRegistry.MonthlyReport, null!);
        Assert.Equal(ScheduleRegistry.MonthlyReport, (await harness.NextFinished()).Job);
        var deliver = await harness.NextFinished();
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Equal((ScheduleRegistry.Deliver, (Exception?)null), (deliver.Job, deliver.Error));
        var message = Assert.Single(smtp.Received);                               // the monthly report only: the production job has not run
        Assert.Contains("Октябрь 2026 г.", message.Subject);
        Assert.Equal(["monthly_2026-10_ru.pdf", "monthly_2026-10_ru.xlsx"], message.Attachments.Select(a => a.ContentDisposition!.FileName).Order());
        var run = harness.JobRuns().Last();
        Assert.Equal(("deliver", "succeeded"), (run.Job, run.Outcome));
        Assert.StartsWith("deliver monthly 2026-10: 1 sent", run.Detail);
    }
}
