using CorrAnalytics.Reports.Delivery;
using CorrAnalytics.Warehouse.Time;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// Delivers a report (job data "kind", "period"; by default every report of the month before the one
/// it fires in) to the configured recipients. A message still not through after its tries fails the
/// run, so the retry policy runs it again later and sends only what is missing; a refusal, or a
/// department with no report, is recorded and not retried.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeliverJob(JobEnvironment environment) : IJob
{
    public const string KindKey = "kind";
    public const string PeriodKey = "period";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobSummary.Run(context, () => Deliver(context, cancellationToken));

    private void Deliver(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var map = context.MergedJobDataMap;
        var firedOn = Firing.Day(context, environment.Clock);
        var period = map.GetString(PeriodKey) is { Length: > 0 } p ? YearMonth.Parse(p) : YearMonth.Of(firedOn).Previous;
        var kinds = map.GetString(KindKey) is { Length: > 0 } kind ? new[] { kind } : null;
        if (!environment.Delivers)
        {
            context.Result = new JobSummary($"deliver {period}: no recipients configured (Corr:Delivery:Recipients)");
            return;
        }
        using var session = environment.OpenWarehouse("deliver");
        var outcomes = new Deliverer(session, environment.Delivery!, environment.Warehouse.DataDir, environment.Clock, environment.Publication)
            .Deliver(new DeliveryRequest(period, "schedule", Kinds: kinds), cancellationToken: cancellationToken);
        int Count(params DeliveryStatus[] statuses) => outcomes.Count(o => statuses.Contains(o.Status));
        var text = $"deliver {string.Join(",", kinds ?? ["all"])} {period}: {Count(DeliveryStatus.Sent)} sent, {Count(DeliveryStatus.AlreadySent)} sent before, " +
            $"{Count(DeliveryStatus.Failed)} failed, {Count(DeliveryStatus.Refused, DeliveryStatus.RefusedBefore)} refused, {Count(DeliveryStatus.NoReport)} without a report";
        var failed = outcomes.FirstOrDefault(o => o.Status == DeliveryStatus.Failed);
        if (failed is not null)
            throw new DeliveryIncompleteException($"{text}; first failure: {failed.Item.Address}: {failed.Error}");
        var refused = outcomes.FirstOrDefault(o => o.Status is DeliveryStatus.Refused or DeliveryStatus.RefusedBefore or DeliveryStatus.NoReport);
        context.Result = refused is null
            ? new JobSummary(text)
            : new JobSummary(text, PermanentError: $"{text}; {refused.Item.Address}: {refused.Error ?? refused.Status.ToString()} (corr status, corr deliver --resend)");
    }
}

/// <summary>Some messages are still not through after their tries: the run fails, so the retry policy runs it again.</summary>
public sealed class DeliveryIncompleteException(string message) : Exception(message);
