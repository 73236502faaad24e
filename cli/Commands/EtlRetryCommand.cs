using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr etl retry NAME|--all</c>: moves quarantined files back into the inbox under their own names,
/// for the next load, once they are fixed. Refuses, changing nothing, when the inbox already holds a
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
            throw new UsageException(settings.All ? "the quarantine is empty." : $"no file '{settings.Name}' is in the quarantine; 'corr etl quarantine' lists what is.");
        var twice = chosen.GroupBy(f => f.Entry.FileName).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new UserFacingException($"'{twice.Key}' is in the quarantine {twice.Count()} times ({string.Join(", ", twice.Select(f => f.Path))}): " +
                "keep the one to load again and delete the others (with their .reason.txt), then retry.");
        var taken = chosen.FirstOrDefault(f => File.Exists(Path.Combine(inbox, f.Entry.FileName)));
        if (taken is not null)
            throw new UserFacingException($"the inbox already holds a file named '{taken.Entry.FileName}'; load or remove it first.");

        Directory.CreateDirectory(inbox);
        foreach (var f in chosen)
        {
            File.Move(f.Path, Path.Combine(inbox, f.Entry.FileName));
            File.Delete(f.Path + QuarantinedFile.ReasonSuffix);
            console.MarkupLineInterpolated($"{f.Entry.FileName}: back in the inbox (it was refused: {f.Reason}).");
        }
        console.MarkupLineInterpolated($"{chosen.Count} file(s) back in {inbox}; 'corr etl run' (or the next scheduled ingest) loads them.");
        return 0;
    }
}
