using System;
using System.IO;
using System.Text.Json;
using IcpCompliance.Cli.Output;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Workflow;
using OneOf;

namespace IcpCompliance.Cli.Input;

/// <summary>
/// Reads the JSON file a command is given: a stored case (it has <c>schemaVersion</c>) or an application. Every
/// failure is one line naming the file, the place and the problem; nothing here throws for bad input.
/// </summary>
internal static class FilingFile
{
    internal static bool TryRead(string path, TextWriter error, out OneOf<FilingApplication, FilingCase> document)
    {
        document = default;
        string shownPath = DisplayWidth.Printable(path, 120, out _);
        string text;
        try
        {
            text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine("error: cannot read " + shownPath + ": " + DisplayWidth.Printable(e.Message, 200, out _));
            return false;
        }

        try
        {
            bool isCase;
            using (var parsed = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 }))
            {
                isCase = parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.TryGetProperty("schemaVersion", out _);
            }

            document = isCase ? IcpJson.DeserializeCase(text) : IcpJson.DeserializeApplication(text);
            return true;
        }
        catch (JsonException e)
        {
            // The library's messages name the JSON path and line; System.Text.Json's own ones end with them.
            error.WriteLine("error: " + shownPath + ": " + DisplayWidth.Printable(e.Message, 400, out _));
            return false;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or NullReferenceException)
        {
            // A backstop: whatever the file holds, the user gets one line and exit code 2, never a stack trace.
            error.WriteLine("error: " + shownPath + ": not a valid application or case: " + DisplayWidth.Printable(e.Message, 300, out _));
            return false;
        }
    }
}
