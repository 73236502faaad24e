using System.Globalization;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>Values as the console prints them: invariant culture, markup escaped.</summary>
public static class ConsoleText
{
    public static string[] Of(params object?[] values) =>
        values.Select(v => Markup.Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")).ToArray();
}
