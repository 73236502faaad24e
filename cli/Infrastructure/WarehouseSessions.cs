using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

public static class WarehouseSessions
{
    /// <summary>
    /// Opens a warehouse that must exist already, migrated to this program's schema (a missing one is a clear error, not a new empty file).
    /// When another process holds it (a load, the scheduler), says who and waits up to --wait
    /// (Corr:WriterWaitSeconds) for it to finish. A data folder that cannot be written is read as it is.
    /// </summary>
    /// <summary>
    /// The warehouse brought to this program's schema: the migrations a newer version added are applied
    /// (each in its own transaction; none is a quick no-op) and the macros its report queries call made
    /// again, so a command that needs a new table or macro finds it after an upgrade without a separate
    /// <c>corr init</c>.
    /// </summary>
    private static WarehouseSession Migrated(WarehouseSession session, ProductClock clock)
    {
        try
        {
            new Warehouse.Schema.Migrator(session, clock).Migrate();
            Warehouse.Models.QueryMacros.Install(session);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public static WarehouseSession OpenExisting(CorrSettings settings, CorrConfiguration configuration, ProductClock clock, string command, IAnsiConsole console)
    {
        var options = settings.WarehouseOptions(configuration);
        if (Directory.Exists(options.DataDir) && !WarehouseSession.CanWrite(options.DataDir))
        {
            console.MarkupLineInterpolated($"[grey]{configuration.ConsoleLabels.Format("console.read_only", options.DataDir)}[/]");
            return WarehouseSession.OpenReadOnly(options);
        }
        try
        {
            return Migrated(WarehouseSession.OpenWriter(new WarehouseOptions(options.DataDir), command, clock, mustExist: true), clock);
        }
        catch (WarehouseBusyException busy) when (options.WriterWait > TimeSpan.Zero)
        {
            var l = configuration.ConsoleLabels;
            var text = l.Format("console.waiting", ConsoleText.Holder(l, busy.Holder), $"{options.WriterWait.TotalSeconds:0}");
            if (!console.Profile.Capabilities.Interactive)
                console.MarkupLineInterpolated($"{text}");
            return Migrated(ConsoleProgress.Spin(console, Markup.Escape(text), () => WarehouseSession.OpenWriter(options, command, clock, mustExist: true)), clock);
        }
    }
}
