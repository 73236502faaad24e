namespace CorrAnalytics.Etl.Load;

/// <summary>
/// A system fault (writing the warehouse, the archive or the quarantine failed, memory ran out, a
/// model is wrong: anything that is not the file's own bytes) stopped the run. The open
/// transaction was rolled back; the file stays in the inbox and nothing was quarantined, so the
/// next run, once the cause is fixed, loads it.
/// </summary>
public sealed class LoadStoppedException(string fileName, Exception cause)
    : Exception($"the load stopped at {fileName}: {cause.GetType().Name}: {cause.Message.Split('\n')[0].Trim()}; the file stays in the inbox " +
        "and nothing of it was loaded; fix the cause and run again (a scheduled ingest retries by itself)", cause)
{
    public string FileName { get; } = fileName;
}
