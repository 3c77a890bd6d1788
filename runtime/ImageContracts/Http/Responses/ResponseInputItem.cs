using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>An item of a Responses API <c>input</c> list: a message (text and images), or a reference to an earlier
/// <c>image_generation_call</c> by id (multi-turn editing without <c>previous_response_id</c>).</summary>
public sealed class ResponseInputItem
{
    private ResponseInputItem(string? role, IReadOnlyList<ResponseContent>? content, string? imageGenerationCallId)
    {
        Role = role;
        Content = content ?? Array.Empty<ResponseContent>();
        ImageGenerationCallId = imageGenerationCallId;
    }

    /// <summary>The message role (<c>user</c>, <c>system</c>, <c>developer</c>, <c>assistant</c>), or null for a call reference.</summary>
    public string? Role { get; }

    /// <summary>The message's content parts.</summary>
    public IReadOnlyList<ResponseContent> Content { get; }

    /// <summary>The id of an earlier <c>image_generation_call</c> (<c>ig_...</c>), or null for a message.</summary>
    public string? ImageGenerationCallId { get; }

    /// <summary>A message with content parts.</summary>
    /// <param name="role">The role, e.g. <c>user</c>.</param>
    /// <param name="content">The parts.</param>
    public static ResponseInputItem Message(string role, params ResponseContent[] content)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ArgumentException("A message needs at least one content part.", nameof(content));
        }

        return new ResponseInputItem(role, (ResponseContent[])content.Clone(), null);
    }

    /// <summary>A user message with text and optional images (data URLs, URLs or file ids).</summary>
    /// <param name="text">The text.</param>
    /// <param name="images">Images to send with it.</param>
    public static ResponseInputItem User(string text, params ImageReference[] images)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(images);
        var parts = new ResponseContent[images.Length + 1];
        parts[0] = ResponseContent.Text(text);
        for (int i = 0; i < images.Length; i++)
        {
            parts[i + 1] = ResponseContent.Image(images[i]);
        }

        return new ResponseInputItem("user", parts, null);
    }

    /// <summary>A reference to an earlier <c>image_generation_call</c>: <c>{"type": "image_generation_call", "id": ...}</c>.</summary>
    /// <param name="id">The call id, e.g. <c>ig_123</c>.</param>
    public static ResponseInputItem ImageGenerationCall(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new ResponseInputItem(null, null, id);
    }

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (ImageGenerationCallId is not null)
        {
            writer.WriteString("type", "image_generation_call");
            writer.WriteString("id", ImageGenerationCallId);
        }
        else
        {
            writer.WriteString("role", Role);
            writer.WriteStartArray("content");
            foreach (ResponseContent part in Content)
            {
                part.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A short description; never image data.</summary>
    public override string ToString() =>
        ImageGenerationCallId is not null ? "image_generation_call " + ImageGenerationCallId : Role + " message (" + Content.Count + " parts)";
}
