using CorrAnalytics.Warehouse.Access;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

public static class WarehouseSessions
{
    /// <summary>
    /// Opens a warehouse that must exist already (a missing one is a clear error, not a new empty file).
    /// When another process holds it (a load, the scheduler), says who and waits up to --wait
    /// (Corr:WriterWaitSeconds) for it to finish. A data folder that cannot be written is read as it is.
    /// </summary>
    public static WarehouseSession OpenExisting(CorrSettings settings, CorrConfiguration configuration, TimeProvider clock, string command, IAnsiConsole console)
    {
        var options = settings.WarehouseOptions(configuration);
        if (Directory.Exists(options.DataDir) && !WarehouseSession.CanWrite(options.DataDir))
        {
            console.MarkupLineInterpolated($"[grey]{configuration.ConsoleLabels.Format("console.read_only", options.DataDir)}[/]");
            return WarehouseSession.OpenReadOnly(options);
        }
        try
        {
            return WarehouseSession.OpenWriter(new WarehouseOptions(options.DataDir), command, clock, mustExist: true);
        }
        catch (WarehouseBusyException busy) when (options.WriterWait > TimeSpan.Zero)
        {
            var l = configuration.ConsoleLabels;
            var text = l.Format("console.waiting", ConsoleText.Holder(l, busy.Holder), $"{options.WriterWait.TotalSeconds:0}");
            if (!console.Profile.Capabilities.Interactive)
                console.MarkupLineInterpolated($"{text}");
            return ConsoleProgress.Spin(console, Markup.Escape(text), () => WarehouseSession.OpenWriter(options, command, clock, mustExist: true));
        }
    }
}
