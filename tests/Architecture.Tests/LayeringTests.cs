using System.Xml.Linq;
using CorrAnalytics.Architecture.Tests.Support;

namespace CorrAnalytics.Architecture.Tests;

/// <summary>The one-way layers of README "Layout", read from the project files.</summary>
public class LayeringTests
{
    // Each product project and the projects it may reference; the README's Layout section states the same.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["warehouse"] = [],
        ["etl"] = ["warehouse"],
        ["reports"] = ["warehouse"],
        ["sample"] = ["warehouse", "etl"],
        ["scheduler"] = ["warehouse", "etl", "reports"],
        ["cli"] = ["warehouse", "etl", "reports", "scheduler", "sample"],
    };

    private static IReadOnlyList<string> References(string project)
    {
        var file = Path.Combine(Repository.Root, project, Directory.GetFiles(Path.Combine(Repository.Root, project), "*.csproj").Single());
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => r.Attribute("Include")!.Value.Replace('\\', '/'))
            .Select(path => path.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(p => p == "..").First())
            .ToList();
    }

    [Fact]
    public void Every_product_project_references_only_the_layers_below_it()
    {
        var breaches = Allowed
            .SelectMany(layer => References(layer.Key).Where(r => !layer.Value.Contains(r)).Select(r => $"{layer.Key} -> {r}"))
            .ToList();
        Assert.True(breaches.Count == 0, "References against the layering: " + string.Join(", ", breaches));
    }

    [Fact]
    public void The_warehouse_references_no_other_project_and_etl_and_reports_know_nothing_of_each_other()
    {
        Assert.Empty(References("warehouse"));
        Assert.DoesNotContain("reports", References("etl"));
        Assert.DoesNotContain("etl", References("reports"));
    }

    [Fact]
    public void Every_project_outside_tests_has_a_place_in_the_layering()
    {
        var projects = Repository.TrackedFiles()
            .Where(path => path.EndsWith(".csproj", StringComparison.Ordinal) && !path.StartsWith("tests/", StringComparison.Ordinal))
            .Select(path => path.Split('/')[0])
            .Order()
            .ToList();
        Assert.Equal(Allowed.Keys.Order(), projects);
    }
}
