namespace CorrAnalytics.Etl.Load;

/// <summary>
/// A system fault (writing the warehouse, the archive or the quarantine failed, memory ran out, a
/// model is wrong: anything that is not the file's own bytes) stopped the run. The open
/// transaction was rolled back; the file stays in the inbox and nothing was quarantined, so the
/// next run, once the cause is fixed, loads it.
/// </summary>
public sealed class LoadStoppedException(string fileName, Exception cause)
    : Exception($"the load stopped at {fileName}: {Describe(cause)}; the file stays in the inbox " +
        "and nothing of it was loaded; fix the cause and run again (a scheduled ingest retries by itself)", cause)
{
    public string FileName { get; } = fileName;

    /// <summary>A fault in one line: its type and the first line of its message.</summary>
    public static string Describe(Exception fault) => $"{fault.GetType().Name}: {fault.Message.Split('\n')[0].Trim()}";
}
