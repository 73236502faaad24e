using System.ComponentModel;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Monthly;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportMonthlySettings : CorrSettings
{
    [CommandOption("--period <YYYY-MM>")]
    [Description("The month to report on.")]
    public string? Period { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("kk, ru or en. Default: kk.")]
    public string Lang { get; init; } = "kk";

    [CommandOption("--format <LIST>")]
    [Description("pdf, xlsx or both (pdf,xlsx). Default: pdf,xlsx.")]
    public string Format { get; init; } = "pdf,xlsx";

    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/monthly/YYYY-MM.")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (Period is null || !DateOnly.TryParseExact(Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--period '{Period}' is not a month: write it as YYYY-MM, e.g. --period 2026-10.");
        if (Lang is not ("kk" or "ru" or "en"))
            return ValidationResult.Error($"--lang '{Lang}' is not kk, ru or en.");
        if (Format.Split(',').Any(f => f.Trim() is not ("pdf" or "xlsx")))
            return ValidationResult.Error($"--format '{Format}': use pdf, xlsx or pdf,xlsx.");
        return ValidationResult.Success();
    }
}

/// <summary><c>corr report monthly</c>: the monthly ministry report.</summary>
public sealed class ReportMonthlyCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console)
    : PeriodReportCommand(configuration, clock, console, "monthly", (session, period, language, formats, folder) =>
        new MonthlyReportWriter(session, clock).Write(period, language, formats, folder));

/// <summary><c>corr report production</c>: the production output analysis.</summary>
public sealed class ReportProductionCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console)
    : PeriodReportCommand(configuration, clock, console, "production", (session, period, language, formats, folder) =>
        new CorrAnalytics.Reports.Production.ProductionReportWriter(session, clock).Write(period, language, formats, folder));

/// <summary>A report of one month in one language: the options, the default folder, the clear error for an empty period.</summary>
public abstract class PeriodReportCommand(
    CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console, string kind,
    Func<CorrAnalytics.Warehouse.Access.WarehouseSession, DateOnly, ReportLanguage, IReadOnlySet<string>, string, ReportOutput> write)
    : Command<ReportMonthlySettings>
{
    public override int Execute(CommandContext context, ReportMonthlySettings settings, CancellationToken cancellationToken)
    {
        var period = DateOnly.ParseExact(settings.Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(settings.Out ?? Path.Combine(settings.ResolveDataDir(configuration), "reports", kind, $"{period:yyyy-MM}"));
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, $"corr report {kind}");
        var formats = settings.Format.Split(',').Select(f => f.Trim()).ToHashSet();
        ReportOutput output;
        try
        {
            output = ConsoleProgress.Spin(console, $"Rendering the {kind} report for {period:yyyy-MM} ({settings.Lang})…",
                () => write(session, period, ReportLanguage.Parse(settings.Lang), formats, folder));
        }
        catch (ReportDataException e)
        {
            throw new UserFacingException(e.Message);
        }
        foreach (var file in output.Files)
            console.MarkupLineInterpolated($"Wrote {file}");
        console.MarkupLineInterpolated($"Manifest: {output.Manifest}{(output.Pages > 0 ? $" ({output.Pages} PDF pages)" : "")}.");
        return 0;
    }
}
