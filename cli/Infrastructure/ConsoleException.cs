using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>
/// An error the console says in a sentence, in its own language (Corr:ConsoleLanguage): a message key
/// from Translations/*.json and its arguments. <see cref="Exception.Message"/> is the English sentence.
/// </summary>
public abstract class ConsoleException(string key, object?[] args) : Exception(Labels.For(ReportLanguage.English).Format(key, args))
{
    public string Key { get; } = key;

    public string In(Labels labels) => labels.Format(Key, args);
}

/// <summary>An option value that cannot be used: exit code 2, like any other bad usage. Settings throw it from Validate so that it is said in the console's language.</summary>
public sealed class UsageException(string key, params object?[] args) : ConsoleException(key, args)
{
    /// <summary>A failed Validate(): Spectre's ValidationResult carries a fixed string, so this throws instead, to be said in the console's language.</summary>
    public static Spectre.Console.ValidationResult Fails(string key, params object?[] args) => throw new UsageException(key, args);
}

/// <summary>An error whose message already tells the user what went wrong and what to do.</summary>
public sealed class UserFacingException(string key, params object?[] args) : ConsoleException(key, args);
