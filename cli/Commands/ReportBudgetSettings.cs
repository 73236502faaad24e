using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportBudgetSettings : CorrSettings
{
    [CommandOption("--year <YYYY>")]
    [Description("The year the workbook plans (its draft), e.g. 2027; it reads that year's previous two years.")]
    public string? Year { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("kk, ru or en (any case). Default: ru.")]
    public string Lang { get; init => field = value.Trim().ToLowerInvariant(); } = "ru";

    /// <summary>The year, once <see cref="Validate"/> has accepted it.</summary>
    public int YearNumber => int.Parse(Year!, System.Globalization.CultureInfo.InvariantCulture);

    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/budget/YYYY.")]
    public string? Out { get; init; }

    [CommandOption("--password <TEXT>")]
    [Description("Protect the sheets with this password. Default: protected without a password (Corr:BudgetPassword).")]
    public string? Password { get; init; }

    public override ValidationResult Validate() =>
        Year is null || Year.StartsWith("__", StringComparison.Ordinal) ? UsageException.Fails("usage.year_missing")
        : !System.Text.RegularExpressions.Regex.IsMatch(Year, "^[0-9]{4}$") ? UsageException.Fails("usage.year_format", Year)
        : YearNumber is < 2012 or > 2041 ? UsageException.Fails("usage.year_range", Year)
        : Lang is not ("kk" or "ru" or "en") ? UsageException.Fails("usage.lang", Lang)
        : ValidationResult.Success();
}
