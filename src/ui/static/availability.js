/* global document */
// Enhancement for the weekly availability grid (/availability): press on a time slot and drag
// across others with a mouse or pen to tick (or untick) them all at once. Without this script,
// and with a keyboard or touch, every checkbox still works on its own.
(function () {
  'use strict';
  var grid = document.querySelector('[data-slot-grid]');
  if (!grid) return;
  var painting = false;
  var ticking = true;
  var swallowClick = false;

  function boxIn(target) {
    var cell = target && target.closest ? target.closest('td') : null;
    return cell && grid.contains(cell) ? cell.querySelector('input[type="checkbox"]') : null;
  }

  grid.addEventListener('pointerdown', function (event) {
    if (event.pointerType === 'touch' || event.button !== 0) return;
    var box = boxIn(event.target);
    if (!box) return;
    event.preventDefault();
    painting = true;
    ticking = !box.checked;
    box.checked = ticking;
    box.focus();
    // The click that follows this press would toggle the box back.
    swallowClick = true;
  });

  grid.addEventListener('pointerover', function (event) {
    if (!painting) return;
    var box = boxIn(event.target);
    if (box) box.checked = ticking;
  });

  grid.addEventListener(
    'click',
    function (event) {
      // Keyboard presses (Space) come without a pointer press first and pass through.
      if (swallowClick && event.detail !== 0) event.preventDefault();
      swallowClick = false;
    },
    true,
  );

  document.addEventListener('pointerup', function () {
    painting = false;
  });
  document.addEventListener('pointercancel', function () {
    painting = false;
    swallowClick = false;
  });
})();
