using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr etl retry NAME [--as NEWNAME]|--all</c>: moves quarantined files back into the inbox under their
/// own names (or the one file under a name the inbox takes), for the next load, once they are fixed. Refuses, changing nothing, when the inbox already holds a
/// file of that name or the quarantine holds that name more than once.
/// </summary>
public sealed class EtlRetryCommand(CorrConfiguration configuration, IAnsiConsole console) : Command<EtlRetrySettings>
{
    public override int Execute(CommandContext context, EtlRetrySettings settings, CancellationToken cancellationToken)
    {
        var data = settings.ResolveDataDir(configuration);
        var inbox = Path.Combine(data, "inbox");
        var quarantined = QuarantinedFile.In(Path.Combine(data, "quarantine"));
        var chosen = settings.All ? quarantined : quarantined.Where(f => f.Entry.FileName == settings.Name).ToList();
        if (chosen.Count == 0)
            throw settings.All ? new UsageException("usage.quarantine_empty") : new UsageException("usage.not_quarantined", settings.Name!);
        var twice = chosen.GroupBy(f => f.Entry.FileName).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new UserFacingException("console.retry.twice", twice.Key, twice.Count(), string.Join(", ", twice.Select(f => f.Path)));
        string NameOf(QuarantinedFile f) => settings.As ?? f.Entry.FileName;
        var taken = chosen.FirstOrDefault(f => File.Exists(Path.Combine(inbox, NameOf(f))));
        if (taken is not null)
            throw new UserFacingException("console.retry.inbox_taken", NameOf(taken));

        Directory.CreateDirectory(inbox);
        foreach (var f in chosen)
        {
            File.Move(f.Path, Path.Combine(inbox, NameOf(f)));
            File.Delete(f.Path + QuarantinedFile.ReasonSuffix);
            console.MarkupLineInterpolated($"{(settings.As is null
                ? configuration.ConsoleLabels.Format("console.retry.back", f.Entry.FileName, f.Reason)
                : configuration.ConsoleLabels.Format("console.retry.back_as", f.Entry.FileName, settings.As, f.Reason))}");
        }
        console.MarkupLineInterpolated($"{configuration.ConsoleLabels.Format("console.retry.done", chosen.Count, inbox)}");
        return 0;
    }
}
