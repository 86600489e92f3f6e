/// Function words of English news prose, left out of lexical-cohesion vectors and of
/// "shares a content word" tests.
public enum Stopwords {
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "last", "like", "many", "may", "me", "might", "more", "most", "much", "must",
        "my", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out",
        "over", "own", "same", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "two", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
        "will", "with", "would", "you", "your", "said", "says", "say", "told", "added", "according", "year", "years",
        "week", "weeks", "day", "days", "month", "months", "time", "including", "three", "four", "five", "first",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "already", "another", "around",
        "well", "yet", "within", "without", "across", "along", "among", "amid", "despite", "made", "make", "take",
        "taken", "took", "get", "got", "several", "per", "via", "though", "although", "because", "whether",
    ]
}
