using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>
/// Reads and writes a <see cref="FilingCase"/> as a stored case: <c>schemaVersion</c>, a snapshot of its state and
/// numbers, and its <c>history</c>. Reading replays the history through a <see cref="FilingWorkflow"/> and refuses
/// a file whose history the workflow does not allow or whose snapshot disagrees with it (see
/// <c>docs/json.md</c>).
/// </summary>
public sealed class FilingCaseJsonConverter : JsonConverter<FilingCase>, ILibraryConverter
{
    private readonly FilingWorkflow _workflow;

    /// <summary>Creates the converter with <see cref="FilingWorkflow.Default"/>.</summary>
    public FilingCaseJsonConverter()
        : this(FilingWorkflow.Default)
    {
    }

    /// <summary>Creates the converter with a workflow of your own (a provider's modified table or policy).</summary>
    /// <param name="workflow">The workflow the history is replayed through.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workflow"/> is null.</exception>
    public FilingCaseJsonConverter(FilingWorkflow workflow) => _workflow = Preconditions.CheckNotNull(workflow);

    /// <inheritdoc />
    public override FilingCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        var stored = JsonSerializer.Deserialize(ref reader, StoredCaseInfo(options))
            ?? throw new IcpJsonException("A stored case is an object, not null.", "保存的案件须为对象，不能为 null");
        return stored.ToCase(_workflow);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FilingCase value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(value);
        JsonSerializer.Serialize(writer, StoredCase.From(value), StoredCaseInfo(options));
    }

    /// <inheritdoc />
    JsonTypeInfo ILibraryConverter.CreateTypeInfo(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<FilingCase>(options, this);

    // Always the library's own layout, whatever the caller's options say (a naming policy of theirs must not
    // rename schemaVersion or history).
    private static JsonTypeInfo<StoredCase> StoredCaseInfo(JsonSerializerOptions options)
        => (JsonTypeInfo<StoredCase>)IcpJson.Options.GetTypeInfo(typeof(StoredCase));
}
