using System;
using System.IO;
using IcpCompliance.Build;

namespace IcpCompliance.Tests.Build;

/// <summary>A build diagnostic points at the line of the project file that sets the property it is about.</summary>
public sealed class PropertyLocationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "icp-property-location-" + Guid.NewGuid().ToString("N"));

    public PropertyLocationTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Finds_the_last_assignment_at_its_opening_bracket()
    {
        string project = Write("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <IcpFilingNumber>京ICP备12345678号-1</IcpFilingNumber>
              </PropertyGroup>
              <ItemGroup>
                <IcpFilingNumber Include="an item, not a property" />
              </ItemGroup>
              <PropertyGroup Condition="'$(CI)' == 'true'">
                  <IcpFilingNumber>$(ICP_NUMBER)</IcpFilingNumber>
              </PropertyGroup>
            </Project>
            """);

        Assert.Equal((9, 7), PropertyLocation.Find(project, "IcpFilingNumber"));
    }

    [Fact]
    public void Tries_the_names_in_order()
    {
        string project = Write("""
            <Project>
              <PropertyGroup>
                <RootNamespace>my-site</RootNamespace>
              </PropertyGroup>
            </Project>
            """);

        Assert.Equal((3, 5), PropertyLocation.Find(project, "IcpFooterNamespace", "RootNamespace"));
    }

    [Fact]
    public void A_property_set_elsewhere_or_a_file_that_cannot_be_read_gives_no_line()
    {
        string project = Write("<Project><PropertyGroup><PsbFilingNumber /></PropertyGroup></Project>");
        string broken = Write("<Project><PropertyGroup>");

        Assert.Equal((0, 0), PropertyLocation.Find(project, "IcpFilingNumber"));
        Assert.Equal((0, 0), PropertyLocation.Find(broken, "IcpFilingNumber"));
        Assert.Equal((0, 0), PropertyLocation.Find(Path.Combine(_directory, "missing.csproj"), "IcpFilingNumber"));
        Assert.Equal((0, 0), PropertyLocation.Find(null, "IcpFilingNumber"));
    }

    private string Write(string text)
    {
        string path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".csproj");
        File.WriteAllText(path, text);
        return path;
    }
}
