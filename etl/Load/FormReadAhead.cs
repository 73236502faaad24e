using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Reading П-1 workbooks is the slow part of a load: the next forms are parsed on the other core, in
/// load order, while this one loads (the CSV kinds before them, then the forms before them), up to
/// <see cref="AheadBytes"/> of workbooks at a time, so that memory does not grow with the backlog.
/// </summary>
internal sealed class FormReadAhead(IEnumerable<InboxFile> forms, RegisterCache registers)
{
    private const long AheadBytes = 4L << 20;
    private readonly Queue<InboxFile> _upcoming = new(forms);
    private readonly Dictionary<string, (Task<ReadForm> Task, long Bytes)> _reading = [];
    private long _bytes;

    /// <summary>Keeps the next forms being read. Call it once the registers are loaded: forms are checked against the product catalogue.</summary>
    public void Continue()
    {
        if (_upcoming.Count == 0)
            return;
        var products = registers.Products;
        while ((_reading.Count == 0 || _bytes < AheadBytes) && _upcoming.TryDequeue(out var next))
        {
            var bytes = Size(next.Path);
            _reading[next.Path] = (Task.Run(() => Read(next, products)), bytes);
            _bytes += bytes;
        }
    }

    /// <summary>The form read ahead for this file, or null when it was not.</summary>
    public ReadForm? Take(InboxFile file)
    {
        if (!_reading.Remove(file.Path, out var reading))
            return null;
        _bytes -= reading.Bytes;
        return reading.Task.GetAwaiter().GetResult();
    }

    private static long Size(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static ReadForm Read(InboxFile file, IReadOnlySet<string> products)
    {
        var bytes = File.ReadAllBytes(file.Path);
        try
        {
            return new ReadForm(bytes, ProductionFormReader.Read(bytes, products), null);
        }
        catch (StructureException e)
        {
            return new ReadForm(bytes, null, e.Message);
        }
        catch (Exception e)
        {
            return new ReadForm(bytes, null, $"the workbook could not be read ({e.GetType().Name}: {e.Message.Split('\n')[0]})");
        }
    }
}
