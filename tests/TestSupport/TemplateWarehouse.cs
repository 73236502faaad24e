using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.TestSupport;

/// <summary>
/// One initialised warehouse per test process (migrations, seeds, calendar, models), copied for each
/// test instead of initialising every time: a copy costs a file copy, an initialisation seconds.
/// </summary>
public static class TemplateWarehouse
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A writer session on a copy of the template in <paramref name="dataDir"/> (which must hold no warehouse yet).</summary>
    public static WarehouseSession OpenCopy(string dataDir, string command = "tests")
    {
        var options = new WarehouseOptions(dataDir);
        if (File.Exists(options.DatabasePath))
            throw new InvalidOperationException($"{options.DatabasePath} exists: a template copy goes into an empty data folder.");
        Directory.CreateDirectory(dataDir);
        File.Copy(Template.Value, options.DatabasePath);
        return WarehouseSession.OpenWriter(options, command, TestClock.Running());
    }

    private static string Create()
    {
        var dataDir = Directory.CreateTempSubdirectory("corr-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        };
        var options = new WarehouseOptions(dataDir);
        using (var session = WarehouseSession.OpenWriter(options, "template", TestClock.Running()))
        {
            new WarehouseInitializer(session, TestClock.Running()).Initialize();
            session.Execute("checkpoint");
        }
        if (File.Exists(options.DatabasePath + ".wal"))
            throw new InvalidOperationException("The template warehouse kept a write-ahead log after its checkpoint.");
        return options.DatabasePath;
    }
}
