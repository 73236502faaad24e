using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

internal static class ScheduleCommands
{
    public static readonly string[] JobNames = ["ingest", "refresh", "monthly-report", "production-report", "budget-workbook"];

    /// <summary>Jobs, triggers and the next fire times in the schedule's time zone.</summary>
    public static Table Table(IScheduler scheduler, ScheduleOptions options, TimeZoneInfo zone, int next, CorrAnalytics.Reports.Translations.Labels l)
    {
        var registry = new ScheduleRegistry(options, scheduler.TimeProvider);
        var table = new Table().AddColumns(ConsoleText.Columns(l, "job", "what_it_does", "when").Append(l.Format("console.col.next_runs", zone.Id)).ToArray());
        foreach (var job in registry.Jobs())
        {
            var times = "";
            if (job.Trigger is { } trigger)
            {
                var calendar = trigger.CalendarName is null ? null : scheduler.GetCalendar(trigger.CalendarName).AsTask().GetAwaiter().GetResult();
                var from = scheduler.TimeProvider.GetUtcNow();
                times = string.Join("\n", TriggerFireTimes.ComputeBetween(trigger, calendar!, from, from.AddYears(1)).Take(next)
                    .Select(t => TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm ddd", CultureInfo.InvariantCulture)));
            }
            table.AddRow(Markup.Escape(job.Job.Key.Name), Markup.Escape(job.Job.Description ?? ""), Markup.Escape(job.When), times.Length > 0 ? times : "—");
        }
        return table;
    }
}
