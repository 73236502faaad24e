using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Monthly;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportBudgetSettings : CorrSettings
{
    [CommandOption("--year <YYYY>")]
    [Description("The year the workbook plans (its draft); it reads that year's previous two years.")]
    public int? Year { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("kk, ru or en. Default: ru.")]
    public string Lang { get; init; } = "ru";

    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/budget/YYYY.")]
    public string? Out { get; init; }

    [CommandOption("--password <TEXT>")]
    [Description("Protect the sheets with this password. Default: protected without a password (Corr:BudgetPassword).")]
    public string? Password { get; init; }

    public override ValidationResult Validate() =>
        Year is null or < 2012 or > 2041 ? ValidationResult.Error("--year YYYY is required, e.g. --year 2027.")
        : Lang is not ("kk" or "ru" or "en") ? ValidationResult.Error($"--lang '{Lang}' is not kk, ru or en.")
        : ValidationResult.Success();
}

/// <summary><c>corr report budget</c>: the budget planning workbook.</summary>
public sealed class ReportBudgetCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<ReportBudgetSettings>
{
    private string? Password(ReportBudgetSettings settings)
    {
        var password = settings.Password ?? configuration.BudgetPassword;
        return string.IsNullOrEmpty(password) ? null : password;
    }

    public override int Execute(CommandContext context, ReportBudgetSettings settings, CancellationToken cancellationToken)
    {
        var year = settings.Year!.Value;
        var folder = Path.GetFullPath(settings.Out ?? Path.Combine(settings.ResolveDataDir(configuration), "reports", "budget", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr report budget");
        try
        {
            var output = ConsoleProgress.Spin(console, $"Building the {year} budget workbook ({settings.Lang})…",
                () => new BudgetWorkbookWriter(session, clock).Write(new BudgetWorkbookOptions(year, ReportLanguage.Parse(settings.Lang), Password(settings)), folder));
            console.MarkupLineInterpolated($"Wrote {output.Files[0]}");
            console.MarkupLineInterpolated($"Manifest: {output.Manifest}.");
            return 0;
        }
        catch (ReportDataException e)
        {
            throw new UserFacingException(e.Message);
        }
    }
}
