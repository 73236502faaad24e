using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl revert --batch N|--file NAME</c>: takes a bad load out and gives its slice back to what it held before.</summary>
public sealed class EtlRevertCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<EtlRevertSettings>
{
    public override int Execute(CommandContext context, EtlRevertSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl revert", console);
        new WarehouseInitializer(session, clock).Initialize();
        var reverter = new BatchReverter(session, clock);
        var batch = settings.Batch ?? reverter.LatestOf(settings.File!)
            ?? throw new UsageException("usage.revert_no_file", settings.File!);
        BatchReverter.Outcome outcome;
        try
        {
            outcome = reverter.Revert(batch);
        }
        catch (RevertRefusedException e)
        {
            throw new UserFacingException($"console.revert.refused.{e.Reason}", e.Args);
        }
        var l = configuration.ConsoleLabels;
        console.MarkupLineInterpolated($"{l.Format("console.revert.done", outcome.Reverted, outcome.RevertBatch)}");
        if (outcome.Restored is null)
            console.MarkupLineInterpolated($"{l["console.revert.empty"]}");
        else
            console.MarkupLineInterpolated($"{l.Format("console.revert.restored", outcome.Restored, outcome.RestoredBatch!, outcome.RevertBatch, outcome.RestoredRows)}");
        console.MarkupLineInterpolated($"{l["console.revert.marts"]}");
        return 0;
    }
}
