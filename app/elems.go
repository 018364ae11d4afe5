package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The helpers below build an element in one call where a chain of
// go-app's methods takes two or three: each call site of a method on
// app.HTMLElem is an interface call, about a hundred bytes of app.wasm,
// and the components make a few hundred of them (docs/bench.md).

// elemText is a tag holding text: app.Elem(tag).Text(text).
func elemText(tag, text string) app.HTMLElem { return app.Elem(tag).Text(text) }

// elemClass is a tag of a class: app.Elem(tag).Class(class).
func elemClass(tag, class string) app.HTMLElem { return app.Elem(tag).Class(class) }

// elemClassText is a tag of a class holding text.
func elemClassText(tag, class, text string) app.HTMLElem {
	return app.Elem(tag).Class(class).Text(text)
}

// elemBody is a tag holding elems: app.Elem(tag).Body(elems...).
func elemBody(tag string, elems ...app.UI) app.HTMLElem { return app.Elem(tag).Body(elems...) }

// elemClassBody is a tag of a class holding elems.
func elemClassBody(tag, class string, elems ...app.UI) app.HTMLElem {
	return app.Elem(tag).Class(class).Body(elems...)
}

// link is a link to href: app.Elem("a").Attr("href", href).
func link(href string) app.HTMLElem { return app.Elem("a").Attr("href", href) }

// linkText is a link to href reading text.
func linkText(href, text string) app.HTMLElem { return app.Elem("a").Attr("href", href).Text(text) }

// button is a button of a class that submits no form.
func button(class string) app.HTMLElem {
	return app.Elem("button").Attr("type", "button").Class(class)
}
