using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr schedule list</c>: jobs, triggers and their next fire times in local time.</summary>
public sealed class ScheduleListCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<ScheduleListSettings>
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
            console.Write(ScheduleCommands.Table(scheduler, options, environment.TimeZone, settings.Next, l));
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
