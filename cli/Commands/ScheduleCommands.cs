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

    /// <summary>
    /// Jobs, triggers and their next fire times after <paramref name="from"/> in the product's zone, each
    /// with the period it would report: the schedule as it would stand at that moment (a rehearsal of the
    /// calendar needs no change of the server's clock).
    /// </summary>
    public static Table Table(IScheduler scheduler, ScheduleOptions options, JobEnvironment environment, DateTimeOffset from, int next, CorrAnalytics.Reports.Translations.Labels l)
    {
        var clock = environment.Clock;
        var registry = new ScheduleRegistry(options, clock.StoppedAt(from), environment.Sources);
        var table = new Table().AddColumns(ConsoleText.Columns(l, "job", "what_it_does", "when").Append(l.Format("console.col.next_runs", clock.Zone.Id)).ToArray());
        foreach (var job in registry.Jobs())
        {
            var times = "";
            if (job.Trigger is { } trigger)
            {
                var calendar = trigger.CalendarName is null ? null : scheduler.GetCalendar(trigger.CalendarName).AsTask().GetAwaiter().GetResult();
                times = string.Join("\n", TriggerFireTimes.ComputeBetween(trigger, calendar!, from, from.AddYears(1)).Take(next)
                    .Select(t => FireTime(clock, t, job.PeriodOf)));
            }
            table.AddRow(Markup.Escape(job.Job.Key.Name), Markup.Escape(job.Job.Description ?? ""), Markup.Escape(job.When), times.Length > 0 ? times : "—");
        }
        return table;
    }

    /// <summary>"2027-01-12 08:00 Tue → 2026-12": a firing in local time and, for a report, the period it reports.</summary>
    private static string FireTime(CorrAnalytics.Warehouse.Time.ProductClock clock, DateTimeOffset instant, Func<DateOnly, string>? periodOf)
    {
        var local = clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm ddd", CultureInfo.InvariantCulture);
        return periodOf is null ? local : $"{local} → {periodOf(clock.DateOf(instant))}";
    }
}
