using System.Globalization;
using CorrAnalytics.Reports.Model;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>Values as the console prints them: invariant culture, times as yyyy-MM-dd HH:mm:ss, markup escaped.</summary>
public static class ConsoleText
{
    public static string[] Of(params object?[] values) => values.Select(Text).ToArray();

    /// <summary>Column headers in the console's language, by their console.col.* keys, markup escaped.</summary>
    public static string[] Columns(Reports.Translations.Labels labels, params string[] keys) => keys.Select(k => Markup.Escape(labels[$"console.col.{k}"])).ToArray();

    /// <summary>Who holds the warehouse or the scheduler's lock, in a phrase: its process, command and since when.</summary>
    public static string Holder(Reports.Translations.Labels labels, Warehouse.Access.WriterLockHolder? holder) =>
        holder is { } h ? labels.Format("console.process", h.ProcessId, h.Command, $"{h.Since:HH:mm:ss}") : labels["console.another_process"];

    /// <summary>A time stored in UTC as the console prints a moment: local, to the second, with the zone's name.</summary>
    public static string Stamp(DateTime utc, TimeZoneInfo zone) => $"{Of(Local(utc, zone))[0]} {zone.Id}";

    /// <summary>A time stored in UTC, in the configured zone (the column header names the zone).</summary>
    public static DateTime? Local(DateTime? utc, TimeZoneInfo zone) => utc is { } t ? ReportTime.Local(t, zone) : null;

    private static string Text(object? value) => Markup.Escape(value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    });
}
