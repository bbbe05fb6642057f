namespace ProfileMiner.Pipeline;

/// <summary>An ordered list of stage components with typed helpers, so an extension can say
/// "before the Markdown reader" without knowing indexes (after Markdig's <c>OrderedList</c>).</summary>
public sealed class StageList<T> : List<T>
    where T : class
{
    /// <summary>Adds <paramref name="item"/> unless an item of the same type is present. Returns true when added.</summary>
    public bool AddOnce(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (this.Any(existing => existing.GetType() == item.GetType()))
        {
            return false;
        }

        Add(item);
        return true;
    }

    /// <summary>Inserts <paramref name="item"/> before the first item of type <typeparamref name="TItem"/>, or at the end.</summary>
    public void InsertBefore<TItem>(T item)
        where TItem : T
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = FindIndex(existing => existing is TItem);
        Insert(index < 0 ? Count : index, item);
    }

    /// <summary>Replaces the first item of type <typeparamref name="TItem"/>; returns false when none is present.</summary>
    public bool Replace<TItem>(T item)
        where TItem : T
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = FindIndex(existing => existing is TItem);
        if (index < 0)
        {
            return false;
        }

        this[index] = item;
        return true;
    }

    /// <summary>Returns the first item of type <typeparamref name="TItem"/>, or null.</summary>
    public TItem? Find<TItem>()
        where TItem : class, T => this.OfType<TItem>().FirstOrDefault();
}
