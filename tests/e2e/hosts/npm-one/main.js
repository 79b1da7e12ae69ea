// An app bundle that registers one element from its own npm copy of role-hub: beside the
// one-file script, each copy defines some of the tags, and each tag's elements use their copy's loader.
import 'role-hub/salary-band';
