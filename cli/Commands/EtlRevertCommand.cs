using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl revert --batch N|--file NAME</c>: takes a bad load out and gives its slice back to what it held before.</summary>
public sealed class EtlRevertCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<EtlRevertSettings>
{
    public override int Execute(CommandContext context, EtlRevertSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl revert", console);
        new WarehouseInitializer(session, clock).Initialize();
        var options = new EtlOptions(settings.ResolveDataDir(configuration))
        {
            RejectThreshold = configuration.RejectThreshold, TimeZone = configuration.TimeZone, MaxFileMegabytes = configuration.MaxFileMegabytes,
        };
        var reverter = new BatchReverter(session, options, clock);
        var batch = settings.Batch ?? reverter.LatestOf(settings.File!)
            ?? throw new UsageException($"no batch loaded a file named '{settings.File}'; 'corr etl batches --file NAME' finds it.");
        BatchReverter.Outcome outcome;
        try
        {
            outcome = reverter.Revert(batch);
        }
        catch (RevertRefusedException e)
        {
            throw new UserFacingException($"nothing reverted: {e.Message}");
        }
        console.MarkupLineInterpolated($"Batch {outcome.Reverted} taken out; the revert is batch {outcome.RevertBatch}.");
        if (outcome.Restored is null)
            console.MarkupLineInterpolated($"It replaced nothing, so its slice is empty now.");
        else if (outcome.Reload?.Files.SingleOrDefault() is { Status: FileStatus.Loaded } restored)
            console.MarkupLineInterpolated($"Its slice holds {outcome.Restored} again, from the archive, as batch {restored.BatchId} ({restored.Loaded:N0} rows).");
        else
            throw new UserFacingException($"batch {outcome.Reverted} was taken out, but {outcome.Restored} did not load again: {outcome.Reload?.Files.SingleOrDefault()?.Message}; see 'corr etl batches'.");
        console.MarkupLine("The marts are refreshed.");
        return 0;
    }
}
