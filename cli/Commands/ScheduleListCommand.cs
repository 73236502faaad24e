using CorrAnalytics.Warehouse.Time;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr schedule list</c>: jobs, triggers and their next fire times in local time (after --from, to rehearse the calendar).</summary>
public sealed class ScheduleListCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<ScheduleListSettings>
{
    public override int Execute(CommandContext context, ScheduleListSettings settings, CancellationToken cancellationToken) =>
        List(settings).GetAwaiter().GetResult();

    private async Task<int> List(ScheduleListSettings settings)
    {
        var options = configuration.Schedule;
        var environment = SchedulerSetup.Environment(settings, configuration, clock);
        IReadOnlyDictionary<int, IReadOnlyCollection<DateOnly>> days;
        using (var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr schedule list", console))
            days = CorrScheduler.ReportDays(session, new ScheduleRegistry(options, clock));
        var scheduler = await CorrScheduler.Build(options, environment, days, CancellationToken.None);
        try
        {
            var l = configuration.ConsoleLabels;
            var from = settings.FromInstant(clock) ?? clock.UtcNow;
            if (settings.From is not null)
                console.MarkupLineInterpolated($"{l.Format("console.schedule.from", clock.Stamp(from))}");
            console.Write(ScheduleCommands.Table(scheduler, options, environment, from, settings.Next, l));
            var retry = options.Retry;
            console.MarkupLineInterpolated($"{l.Format("console.schedule.retry_policy", retry.Attempts, retry.InitialDelaySeconds, retry.Factor, retry.MaxDelaySeconds)}");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false);
        }
        return 0;
    }
}
