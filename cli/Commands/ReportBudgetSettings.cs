using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
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
