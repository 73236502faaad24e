using System.Diagnostics;

namespace CorrAnalytics.Cli.Bench;

/// <summary>
/// The process's peak resident memory, which Linux lets a process start counting again (writing 5
/// to /proc/self/clear_refs), so that the load is measured apart from the sample's generation.
/// </summary>
public static class PeakMemory
{
    public static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Returns the peak so far and starts counting again from what is in use now (elsewhere than Linux: only returns it).</summary>
    public static long Reset()
    {
        var peak = Current();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return peak;
    }
}
