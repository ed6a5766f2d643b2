// Hovering or focusing a speaker in the panel lights their marks in the story.
(function () {
	var story = document.getElementById("story");
	function spot(el) {
		var lit = story.querySelectorAll(".lit");
		for (var i = 0; i < lit.length; i++) lit[i].classList.remove("lit");
		story.classList.toggle("spot", !!el);
		if (!el) return;
		var marks = story.querySelectorAll('[data-sp="' + el.getAttribute("data-sp") + '"]');
		for (var j = 0; j < marks.length; j++) marks[j].classList.add("lit");
	}
	var speakers = document.querySelectorAll(".speaker");
	for (var k = 0; k < speakers.length; k++) {
		var s = speakers[k];
		s.addEventListener("mouseenter", function () { spot(this); });
		s.addEventListener("mouseleave", function () { spot(null); });
		s.addEventListener("focusin", function () { spot(this); });
		s.addEventListener("focusout", function () { spot(null); });
	}
})();
