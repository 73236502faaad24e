using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Reading П-1 workbooks is the slow part of a load: up to <see cref="Ahead"/> forms are parsed on
/// the other core, in load order, while this one loads.
/// </summary>
internal sealed class FormReadAhead(IEnumerable<InboxFile> forms, RegisterCache registers)
{
    private const int Ahead = 8;
    private readonly Queue<InboxFile> _upcoming = new(forms);
    private readonly Dictionary<string, Task<ReadForm>> _reading = [];

    /// <summary>Keeps the next forms being read.</summary>
    public void Continue()
    {
        var products = registers.Products;
        while (_reading.Count < Ahead && _upcoming.TryDequeue(out var next))
            _reading[next.Path] = Task.Run(() => Read(next, products));
    }

    /// <summary>The form read ahead for this file, or null when it was not.</summary>
    public ReadForm? Take(InboxFile file) =>
        _reading.Remove(file.Path, out var task) ? task.GetAwaiter().GetResult() : null;

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
