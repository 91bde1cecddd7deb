/*! For license information please see 6618.js.LICENSE.txt */
"use strict";(self.webpackChunk_descope_web_components_ui=self.webpackChunk_descope_web_components_ui||[]).push([[3620,4550,5691,6028,6477,6618],{89389(t,e,o){o.d(e,{$:()=>_});var r=o(13256),i=o(55774),s=o(82901),a=o(72562),n=o(81488),l=o(87550);const d=o(51450).AH`
  :host {
    display: inline-block;
    position: relative;
    outline: none;
    white-space: nowrap;
    -webkit-user-select: none;
    -moz-user-select: none;
    user-select: none;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Aligns the button with form fields when placed on the same line.
  Note, to make it work, the form fields should have the same "::before" pseudo-element. */
  .vaadin-button-container::before {
    content: '\\2003';
    display: inline-block;
    width: 0;
    max-height: 100%;
  }

  .vaadin-button-container {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    width: 100%;
    height: 100%;
    min-height: inherit;
    text-shadow: inherit;
  }

  [part='prefix'],
  [part='suffix'] {
    flex: none;
  }

  [part='label'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  @media (forced-colors: active) {
    :host {
      outline: 1px solid;
      outline-offset: -1px;
    }

    :host([focused]) {
      outline-width: 2px;
    }

    :host([disabled]) {
      outline-color: GrayText;
    }
  }
`;var h=o(84467),c=o(53149),u=o(36176);const p=t=>class extends((0,h.e)((0,u.l)((0,c.y)(t)))){static get properties(){return{tabindex:{type:Number,value:0,reflectToAttribute:!0}}}get _activeKeys(){return["Enter"," "]}ready(){super.ready(),this.hasAttribute("role")||this.setAttribute("role","button")}_onKeyDown(t){super._onKeyDown(t),t.altKey||t.shiftKey||t.ctrlKey||t.metaKey||this._activeKeys.includes(t.key)&&(t.preventDefault(),this.click())}};(0,l.SF)("vaadin-button",d,{moduleId:"vaadin-button-styles"});class _ extends(p((0,a.q)((0,l.cp)((0,i.w)(r.Pu))))){static get is(){return"vaadin-button"}static get template(){return r.qy`
  <div class="vaadin-button-container">
    <span part="prefix" aria-hidden="true">
      <slot name="prefix"></slot>
    </span>
    <span part="label">
      <slot></slot>
    </span>
    <span part="suffix" aria-hidden="true">
      <slot name="suffix"></slot>
    </span>
  </div>
  <slot name="tooltip"></slot>
`}ready(){super.ready(),this._tooltipController=new n.I(this),this.addController(this._tooltipController)}}(0,s.X)(_)},93555(t,e,o){o.d(e,{x:()=>i}),o(64511),o(42068),o(9433),o(3241),o(83315);var r=o(87550);const i=r.AH`
  :host {
    /* Sizing */
    --lumo-button-size: var(--lumo-size-m);
    min-width: var(--vaadin-button-min-width, calc(var(--_button-size) * 2));
    height: var(--_button-size);
    padding: var(--vaadin-button-padding, 0 calc(var(--_button-size) / 3 + var(--lumo-border-radius-m) / 2));
    margin: var(--vaadin-button-margin, var(--lumo-space-xs) 0);
    box-sizing: border-box;
    /* Style */
    font-family: var(--lumo-font-family);
    font-size: var(--vaadin-button-font-size, var(--lumo-font-size-m));
    font-weight: var(--vaadin-button-font-weight, 500);
    color: var(--_lumo-button-text-color);
    background: var(--_lumo-button-background);
    border: var(--vaadin-button-border, none);
    border-radius: var(--vaadin-button-border-radius, var(--lumo-border-radius-m));
    cursor: var(--lumo-clickable-cursor);
    -webkit-tap-highlight-color: transparent;
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
    flex-shrink: 0;
    --_button-size: var(--vaadin-button-height, var(--lumo-button-size));
    --_focus-ring-color: var(--vaadin-focus-ring-color, var(--lumo-primary-color-50pct));
    --_focus-ring-width: var(--vaadin-focus-ring-width, 2px);
    /* Used by notification */
    --_lumo-button-background: var(--vaadin-button-background, var(--lumo-contrast-5pct));
    --_lumo-button-text-color: var(--vaadin-button-text-color, var(--lumo-primary-text-color));
    --_lumo-button-primary-background: var(--vaadin-button-primary-background, var(--lumo-primary-color));
    --_lumo-button-primary-text-color: var(--vaadin-button-primary-text-color, var(--lumo-primary-contrast-color));
  }

  /* Set only for the internal parts so we don't affect the host vertical alignment */
  [part='label'],
  [part='prefix'],
  [part='suffix'] {
    line-height: var(--lumo-line-height-xs);
  }

  [part='label'] {
    padding: calc(var(--lumo-button-size) / 6) 0;
  }

  :host([theme~='small']) {
    font-size: var(--lumo-font-size-s);
    --lumo-button-size: var(--lumo-size-s);
  }

  :host([theme~='large']) {
    font-size: var(--lumo-font-size-l);
    --lumo-button-size: var(--lumo-size-l);
  }

  /* For interaction states */
  :host::before,
  :host::after {
    content: '';
    /* We rely on the host always being relative */
    position: absolute;
    z-index: 1;
    inset: 0;
    background-color: currentColor;
    border-radius: inherit;
    opacity: 0;
    pointer-events: none;
  }

  /* Hover */

  @media (any-hover: hover) {
    :host(:hover)::before {
      opacity: 0.02;
    }
  }

  /* Active */

  :host::after {
    transition: opacity 1.4s, transform 0.1s;
    filter: blur(8px);
  }

  :host([active])::before {
    opacity: 0.05;
    transition-duration: 0s;
  }

  :host([active])::after {
    opacity: 0.1;
    transition-duration: 0s, 0s;
    transform: scale(0);
  }

  /* Keyboard focus */

  :host([focus-ring]) {
    box-shadow: 0 0 0 var(--_focus-ring-width) var(--_focus-ring-color);
  }

  :host([theme~='primary'][focus-ring]) {
    box-shadow: 0 0 0 1px var(--lumo-base-color), 0 0 0 3px var(--lumo-primary-color-50pct);
  }

  /* Types (primary, tertiary, tertiary-inline */

  :host([theme~='tertiary']),
  :host([theme~='tertiary-inline']) {
    --_background: transparent !important;
    background: var(--vaadin-button-tertiary-background, var(--_background));
    min-width: 0;
  }

  :host([theme~='tertiary']) {
    border: var(--vaadin-button-tertiary-border, none);
    color: var(--vaadin-button-tertiary-text-color, var(--lumo-primary-text-color));
    font-weight: var(--vaadin-button-tertiary-font-weight, 500);
    padding: var(--vaadin-button-tertiary-padding, 0 calc(var(--_button-size) / 6));
  }

  :host([theme~='tertiary-inline'])::before {
    display: none;
  }

  :host([theme~='tertiary-inline']) {
    margin: 0;
    height: auto;
    padding: 0;
    line-height: inherit;
    font-size: inherit;
  }

  :host([theme~='tertiary-inline']) [part='label'] {
    padding: 0;
    overflow: visible;
    line-height: inherit;
  }

  :host([theme~='primary']) {
    background: var(--_lumo-button-primary-background);
    border: var(--vaadin-button-primary-border, none);
    color: var(--_lumo-button-primary-text-color);
    font-weight: var(--vaadin-button-primary-font-weight, 600);
    min-width: calc(var(--lumo-button-size) * 2.5);
  }

  :host([theme~='primary'])::before {
    background-color: black;
  }

  @media (any-hover: hover) {
    :host([theme~='primary']:hover)::before {
      opacity: 0.05;
    }
  }

  :host([theme~='primary'][active])::before {
    opacity: 0.1;
  }

  :host([theme~='primary'][active])::after {
    opacity: 0.2;
  }

  /* Colors (success, error, contrast) */

  :host([theme~='success']) {
    color: var(--lumo-success-text-color);
  }

  :host([theme~='success'][theme~='primary']) {
    background-color: var(--lumo-success-color);
    color: var(--lumo-success-contrast-color);
  }

  :host([theme~='error']) {
    color: var(--lumo-error-text-color);
  }

  :host([theme~='error'][theme~='primary']) {
    background-color: var(--lumo-error-color);
    color: var(--lumo-error-contrast-color);
  }

  :host([theme~='contrast']) {
    color: var(--lumo-contrast);
  }

  :host([theme~='contrast'][theme~='primary']) {
    background-color: var(--lumo-contrast);
    color: var(--lumo-base-color);
  }

  /* Disabled state. Keep selectors after other color variants. */

  :host([disabled]) {
    pointer-events: none;
    color: var(--lumo-disabled-text-color);
  }

  :host([theme~='primary'][disabled]) {
    background-color: var(--lumo-contrast-30pct);
    color: var(--lumo-base-color);
  }

  :host([theme~='primary'][disabled]) [part] {
    opacity: 0.7;
  }

  /* Icons */

  [part] ::slotted(vaadin-icon) {
    display: inline-block;
    width: var(--lumo-icon-size-m);
    height: var(--lumo-icon-size-m);
  }

  /* Vaadin icons are based on a 16x16 grid (unlike Lumo and Material icons with 24x24), so they look too big by default */
  [part] ::slotted(vaadin-icon[icon^='vaadin:']) {
    padding: 0.25em;
    box-sizing: border-box !important;
  }

  [part='prefix'] {
    margin-left: -0.25em;
    margin-right: 0.25em;
  }

  [part='suffix'] {
    margin-left: 0.25em;
    margin-right: -0.25em;
  }

  /* Icon-only */

  :host([theme~='icon']:not([theme~='tertiary-inline'])) {
    min-width: var(--lumo-button-size);
    padding-left: calc(var(--lumo-button-size) / 4);
    padding-right: calc(var(--lumo-button-size) / 4);
  }

  :host([theme~='icon']) [part='prefix'],
  :host([theme~='icon']) [part='suffix'] {
    margin-left: 0;
    margin-right: 0;
  }

  /* RTL specific styles */

  :host([dir='rtl']) [part='prefix'] {
    margin-left: 0.25em;
    margin-right: -0.25em;
  }

  :host([dir='rtl']) [part='suffix'] {
    margin-left: -0.25em;
    margin-right: 0.25em;
  }

  :host([dir='rtl'][theme~='icon']) [part='prefix'],
  :host([dir='rtl'][theme~='icon']) [part='suffix'] {
    margin-left: 0;
    margin-right: 0;
  }
`;(0,r.SF)("vaadin-button",i,{moduleId:"lumo-button"})},83799(t,e,o){o(93555),o(89389)},1632(t,e,o){o(52915),o(54886),o(27397),o(25244);var r=o(47642),i=o(87550);const s=i.AH`
  :host {
    outline: none;
  }

  [part='toggle-button']::before {
    content: var(--lumo-icons-dropdown);
  }
`;(0,i.SF)("vaadin-combo-box",[r.k,s],{moduleId:"lumo-combo-box"}),o(86689);var a=o(13256),n=o(82901),l=o(23927),d=o(79769);class h extends((0,d.y)((0,i.cp)((0,l.v)(a.Pu)))){static get template(){return a.qy`
      <style>
        :host {
          display: block;
        }

        :host([hidden]) {
          display: none;
        }
      </style>
      <span part="checkmark" aria-hidden="true"></span>
      <div part="content">
        <slot></slot>
      </div>
    `}static get is(){return"vaadin-combo-box-item"}}(0,n.X)(h);var c=o(58069),u=o(5072),p=o(32888);const _=i.AH`
  #overlay {
    width: var(--vaadin-combo-box-overlay-width, var(--_vaadin-combo-box-overlay-default-width, auto));
  }

  [part='content'] {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
`;(0,i.SF)("vaadin-combo-box-overlay",[u.B,_],{moduleId:"vaadin-combo-box-overlay-styles"});class v extends((0,p.p)((0,c.c)((0,l.v)((0,i.cp)(a.Pu))))){static get is(){return"vaadin-combo-box-overlay"}static get template(){return a.qy`
      <div id="backdrop" part="backdrop" hidden></div>
      <div part="overlay" id="overlay">
        <div part="loader"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}}(0,n.X)(v);var m=o(70616);class g extends((0,m.N)(a.Pu)){static get is(){return"vaadin-combo-box-scroller"}static get template(){return a.qy`
      <style>
        :host {
          display: block;
          min-height: 1px;
          overflow: auto;

          /* Fixes item background from getting on top of scrollbars on Safari */
          transform: translate3d(0, 0, 0);

          /* Enable momentum scrolling on iOS */
          -webkit-overflow-scrolling: touch;

          /* Fixes scrollbar disappearing when 'Show scroll bars: Always' enabled in Safari */
          box-shadow: 0 0 0 white;
        }

        #selector {
          border-width: var(--_vaadin-combo-box-items-container-border-width);
          border-style: var(--_vaadin-combo-box-items-container-border-style);
          border-color: var(--_vaadin-combo-box-items-container-border-color, transparent);
          position: relative;
        }
      </style>
      <div id="selector">
        <slot></slot>
      </div>
    `}}(0,n.X)(g);var b=o(72562),y=o(81488),f=o(44218),x=o(18330),C=o(37720),w=o(83304);const T=t=>class extends((0,w.U)(t)){static get properties(){return{pattern:{type:String}}}static get delegateAttrs(){return[...super.delegateAttrs,"pattern"]}static get constraints(){return[...super.constraints,"pattern"]}};var k=o(86314),O=o(11402),E=o(65909);(0,i.SF)("vaadin-combo-box",k.k,{moduleId:"vaadin-combo-box-styles"});class $ extends((0,O.K)((0,E.x)(T((0,f.R)((0,i.cp)((0,b.q)(a.Pu))))))){static get is(){return"vaadin-combo-box"}static get template(){return a.qy`
      <style>
        :host([opened]) {
          pointer-events: auto;
        }
      </style>

      <div class="vaadin-combo-box-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" on-click="focus"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          readonly="[[readonly]]"
          disabled="[[disabled]]"
          invalid="[[invalid]]"
          theme$="[[_theme]]"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <div id="clearButton" part="clear-button" slot="suffix" aria-hidden="true"></div>
          <div id="toggleButton" part="toggle-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>

      <vaadin-combo-box-overlay
        id="overlay"
        opened="[[_overlayOpened]]"
        loading$="[[loading]]"
        theme$="[[_theme]]"
        position-target="[[_positionTarget]]"
        no-vertical-overlap
        restore-focus-node="[[inputElement]]"
      ></vaadin-combo-box-overlay>

      <slot name="tooltip"></slot>
    `}static get properties(){return{_positionTarget:{type:Object}}}get clearElement(){return this.$.clearButton}ready(){super.ready(),this.addController(new x.f(this,t=>{this._setInputElement(t),this._setFocusElement(t),this.stateTarget=t,this.ariaTarget=t})),this.addController(new C.q(this.inputElement,this._labelController)),this._tooltipController=new y.I(this),this.addController(this._tooltipController),this._tooltipController.setPosition("top"),this._tooltipController.setAriaTarget(this.inputElement),this._tooltipController.setShouldShow(t=>!t.opened),this._positionTarget=this.shadowRoot.querySelector('[part="input-field"]'),this._toggleElement=this.$.toggleButton}_onClearButtonClick(t){t.stopPropagation(),super._onClearButtonClick(t)}_onHostClick(t){const e=t.composedPath();(e.includes(this._labelNode)||e.includes(this._positionTarget))&&super._onHostClick(t)}}(0,n.X)($)},37436(t,e,o){o.d(e,{a:()=>i});var r=o(44218);const i=t=>class extends((0,r.R)(t)){static get properties(){return{autocomplete:{type:String},autocorrect:{type:String},autocapitalize:{type:String,reflectToAttribute:!0}}}static get delegateAttrs(){return[...super.delegateAttrs,"autocapitalize","autocomplete","autocorrect"]}get __data(){return this.__dataValue||{}}set __data(t){this.__dataValue=t}_inputElementChanged(t){super._inputElementChanged(t),t&&(t.value&&t.value!==this.value&&(console.warn(`Please define value on the <${this.localName}> component!`),t.value=""),this.value&&(t.value=this.value))}_setFocused(t){super._setFocused(t),!t&&document.hasFocus()&&this.validate()}_onInput(t){super._onInput(t),this.invalid&&this.validate()}_valueChanged(t,e){super._valueChanged(t,e),void 0!==e&&this.invalid&&this.validate()}}},20428(t,e,o){var r=o(51450),i=o(30025),s=o(82901),a=o(23927);const n=new WeakMap;var l=o(85725);const d={},h=/([A-Z])/gu;function c(t){return d[t]||(d[t]=t.replace(h,"-$1").toLowerCase()),d[t]}function u(t){return t[0].toUpperCase()+t.substring(1)}function p(t){const[e,o]=t.split("(");return{method:e,observerProps:o.replace(")","").split(",").map(t=>t.trim())}}function _(t,e){return Object.prototype.hasOwnProperty.call(t,e)||(t[e]=new Map(t[e])),t[e]}const v=(m=t=>class extends t{static createProperty(t,e){[String,Boolean,Number,Array].includes(e)&&(e={type:e}),e.reflectToAttribute&&(e.reflect=!0),super.createProperty(t,e)}static getOrCreateMap(t){return _(this,t)}static finalize(){if(super.finalize(),Array.isArray(this.observers)){const t=this.getOrCreateMap("__complexObservers");this.observers.forEach(e=>{const{method:o,observerProps:r}=p(e);t.set(o,r)})}}static addCheckedInitializer(t){super.addInitializer(e=>{e instanceof this&&t(e)})}static getPropertyDescriptor(t,e,o){const r=super.getPropertyDescriptor(t,e,o);let i=r;if(o.sync&&(i={get:r.get,set(r){const i=this[t];this[e]=r,this.requestUpdate(t,i,o),this.hasUpdated&&this.performUpdate()},configurable:!0,enumerable:!0}),o.readOnly){const e=r.set;this.addCheckedInitializer(r=>{r[`_set${u(t)}`]=function(t){e.call(r,t),o.sync&&this.performUpdate()}}),i={get:r.get,set(){},configurable:!0,enumerable:!0}}if("value"in o&&this.addCheckedInitializer(e=>{const r="function"==typeof o.value?o.value.call(e):o.value;o.readOnly?e[`_set${u(t)}`](r):e[t]=r}),o.observer){const e=o.observer;this.getOrCreateMap("__observers").set(t,e),this.addCheckedInitializer(t=>{t[e]||console.warn(`observer method ${e} not defined`)})}if(o.notify){if(this.__notifyProps){if(!this.hasOwnProperty("__notifyProps")){const t=this.__notifyProps;this.__notifyProps=new Set(t)}}else this.__notifyProps=new Set;this.__notifyProps.add(t)}if(o.computed){const e=`__assignComputed${t}`,r=p(o.computed);this.prototype[e]=function(...e){this[t]=this[r.method](...e)},this.getOrCreateMap("__complexObservers").set(e,r.observerProps)}return o.attribute||(o.attribute=c(t)),i}firstUpdated(){super.firstUpdated(),this.$||(this.$={}),this.renderRoot.querySelectorAll("[id]").forEach(t=>{this.$[t.id]=t})}ready(){}updated(t){this.constructor.__observers&&this.__runObservers(t,this.constructor.__observers),this.constructor.__complexObservers&&this.__runComplexObservers(t,this.constructor.__complexObservers),this.__dynamicObservers&&this.__runComplexObservers(t,this.__dynamicObservers),this.constructor.__notifyProps&&this.__runNotifyProps(t,this.constructor.__notifyProps),this.__isReadyInvoked||(this.__isReadyInvoked=!0,this.ready())}_createMethodObserver(t){const e=_(this,"__dynamicObservers"),{method:o,observerProps:r}=p(t);e.set(o,r)}__runComplexObservers(t,e){e.forEach((e,o)=>{e.some(e=>t.has(e))&&(this[o]?this[o](...e.map(t=>this[t])):console.warn(`observer method ${o} not defined`))})}__runObservers(t,e){t.forEach((t,o)=>{const r=e.get(o);void 0!==r&&this[r]&&this[r](this[o],t)})}__runNotifyProps(t,e){t.forEach((t,o)=>{e.has(o)&&this.dispatchEvent(new CustomEvent(`${c(o)}-changed`,{detail:{value:this[o]}}))})}_get(t,e){return(0,l.J)(t,e)}_set(t,e,o){(0,l.h)(t,e,o)}},t=>{if(function(t,e){let o=e;for(;o;){if(n.get(o)===t)return!0;o=Object.getPrototypeOf(o)}return!1}(m,t))return t;const e=m(t);return n.set(e,m),e});var m,g=o(5072),b=o(87550),y=o(58069),f=o(81481);const x=t=>class extends((0,f.t)((0,y.c)(t))){static get properties(){return{position:{type:String,reflectToAttribute:!0}}}get _tagNamePrefix(){return"vaadin-popover"}requestContentUpdate(){if(super.requestContentUpdate(),this.positionTarget&&this.owner){const t=getComputedStyle(this.owner);["top","bottom","start","end"].forEach(e=>{this.style.setProperty(`--${this._tagNamePrefix}-offset-${e}`,t.getPropertyValue(`--${this._tagNamePrefix}-offset-${e}`))})}}_updatePosition(){if(super._updatePosition(),this.positionTarget&&this.opened){if(this.removeAttribute("arrow-centered"),"bottom"===this.position||"top"===this.position){const t=this.positionTarget.getBoundingClientRect(),e=this.$.overlay.getBoundingClientRect(),o=t.width/2-e.width/2;if(this.style.left){const t=e.left+o;t>0&&(this.style.left=`${t}px`,this.setAttribute("arrow-centered",""))}if(this.style.right){const t=parseFloat(this.style.right)+o;t>0&&(this.style.right=`${t}px`,this.setAttribute("arrow-centered",""))}}if("start"===this.position||"end"===this.position){const t=this.positionTarget.getBoundingClientRect(),e=this.$.overlay.getBoundingClientRect(),o=t.height/2-e.height/2;this.style.top=`${e.top+o}px`}}}};class C extends(x((0,a.v)((0,b.cp)(v(r.WF))))){static get is(){return"vaadin-popover-overlay"}static get styles(){return[g.B,r.AH`
        :host {
          --_vaadin-popover-content-width: auto;
          --_vaadin-popover-content-height: auto;
        }

        :host([modeless][with-backdrop]) [part='backdrop'] {
          pointer-events: none;
        }

        :host([position^='top'][top-aligned]) [part='overlay'],
        :host([position^='bottom'][top-aligned]) [part='overlay'] {
          margin-top: var(--vaadin-popover-offset-top, 0);
        }

        [part='overlay'] {
          position: relative;
          overflow: visible;
          max-height: 100%;
        }

        [part='content'] {
          overflow: auto;
          box-sizing: border-box;
          max-height: 100%;
          width: var(--_vaadin-popover-content-width);
          height: var(--_vaadin-popover-content-height);
        }

        /* Increase the area of the popover so the pointer can go from the target directly to it. */
        [part='overlay']::before {
          position: absolute;
          content: '';
          inset-block: calc(var(--vaadin-popover-offset-top, 0) * -1) calc(var(--vaadin-popover-offset-bottom, 0) * -1);
          inset-inline: calc(var(--vaadin-popover-offset-start, 0) * -1) calc(var(--vaadin-popover-offset-end, 0) * -1);
          z-index: -1;
          pointer-events: auto;
        }

        :host([position^='top'][bottom-aligned]) [part='overlay'],
        :host([position^='bottom'][bottom-aligned]) [part='overlay'] {
          margin-bottom: var(--vaadin-popover-offset-bottom, 0);
        }

        :host([position^='start'][start-aligned]) [part='overlay'],
        :host([position^='end'][start-aligned]) [part='overlay'] {
          margin-inline-start: var(--vaadin-popover-offset-start, 0);
        }

        :host([position^='start'][end-aligned]) [part='overlay'],
        :host([position^='end'][end-aligned]) [part='overlay'] {
          margin-inline-end: var(--vaadin-popover-offset-end, 0);
        }

        [part='arrow'] {
          display: none;
          position: absolute;
          height: 0;
          width: 0;
        }

        :host([theme~='arrow']) [part='arrow'] {
          display: block;
        }
      `]}render(){return r.qy`
      <div id="backdrop" part="backdrop" hidden ?hidden="${!this.withBackdrop}"></div>
      <div part="overlay" id="overlay" tabindex="0">
        <div part="arrow"></div>
        <div part="content" id="content"><slot></slot></div>
      </div>
    `}_shouldCloseOnOutsideClick(t){return(!this.owner.__hasTrigger("focus")||!(0,i.Qj)(this))&&super._shouldCloseOnOutsideClick(t)}}(0,s.X)(C);var w=o(55670);const T=t=>t??w.s6;var k=o(72562),O=o(55341),E=o(11707),$=o(69168),D=o(75365),F=o(62804),I=o(76685);const S=t=>class extends t{static get properties(){return{for:{type:String,observer:"__forChanged"},target:{type:Object,observer:"__targetChanged"}}}connectedCallback(){super.connectedCallback(),this.target&&this._addTargetListeners(this.target)}disconnectedCallback(){super.disconnectedCallback(),this.target&&this._removeTargetListeners(this.target)}__forChanged(t){t&&(this.__setTargetByIdDebouncer=I.aq.debounce(this.__setTargetByIdDebouncer,F._3,()=>this.__setTargetById(t)))}__setTargetById(t){if(!this.isConnected)return;const e=this.getRootNode().getElementById(t);e?this.target=e:console.warn(`No element with id="${t}" set via "for" property found on the page.`)}__targetChanged(t,e){e&&this._removeTargetListeners(e),t&&this._addTargetListeners(t)}_addTargetListeners(t){}_removeTargetListeners(t){}},P=500;let z=P,A=P,L=P;class B{constructor(t){this.host=t}get isClosing(){return null!=this.__closeTimeout}get __focusDelay(){const t=this.host;return null!=t.focusDelay&&t.focusDelay>=0?t.focusDelay:z}get __hoverDelay(){const t=this.host;return null!=t.hoverDelay&&t.hoverDelay>=0?t.hoverDelay:A}get __hideDelay(){const t=this.host;return null!=t.hideDelay&&t.hideDelay>=0?t.hideDelay:L}open(t={immediate:!1}){const{immediate:e,trigger:o}=t,r="hover"===o&&this.__hoverDelay>0,i="focus"===o&&this.__focusDelay>0;e||!r&&!i||this.__closeTimeout?this.__showPopover():this.__scheduleOpen(o)}close(t){!t&&this.__hideDelay>0?this.__scheduleClose():(this.__abortClose(),this.__setOpened(!1)),this.__abortOpen()}__setOpened(t){this.host.opened=t}__showPopover(){this.__abortClose(),this.__setOpened(!0)}__abortClose(){this.__closeTimeout&&(clearTimeout(this.__closeTimeout),this.__closeTimeout=null)}__abortOpen(){this.__openTimeout&&(clearTimeout(this.__openTimeout),this.__openTimeout=null)}__scheduleClose(){this.__closeTimeout=setTimeout(()=>{this.__closeTimeout=null,this.__setOpened(!1)},this.__hideDelay)}__scheduleOpen(t){this.__abortOpen();const e="focus"===t?this.__focusDelay:this.__hoverDelay;this.__openTimeout=setTimeout(()=>{this.__openTimeout=null,this.__showPopover()},e)}}class N extends((t=>class extends t{static get properties(){return{position:{type:String},_position:{type:String,value:"bottom"},__effectivePosition:{type:String,computed:"__computePosition(position, _position)"}}}__computeHorizontalAlign(t){return["top-end","bottom-end","start-top","start","start-bottom"].includes(t)?"end":"start"}__computeNoHorizontalOverlap(t){return["start-top","start","start-bottom","end-top","end","end-bottom"].includes(t)}__computeNoVerticalOverlap(t){return["top-start","top-end","top","bottom-start","bottom","bottom-end"].includes(t)}__computeVerticalAlign(t){return["top-start","top-end","top","start-bottom","end-bottom"].includes(t)?"bottom":"top"}__computePosition(t,e){return t||e}})(S((0,O.i)((0,D._)((0,k.q)(v(r.WF))))))){static get is(){return"vaadin-popover"}static get styles(){return r.AH`
      :host {
        display: none !important;
      }
    `}static get properties(){return{accessibleName:{type:String},accessibleNameRef:{type:String},autofocus:{type:Boolean},contentHeight:{type:String},contentWidth:{type:String},focusDelay:{type:Number},hideDelay:{type:Number},hoverDelay:{type:Number},opened:{type:Boolean,value:!1,notify:!0,observer:"__openedChanged"},overlayRole:{type:String,value:"dialog"},renderer:{type:Object},modal:{type:Boolean,value:!1},noCloseOnOutsideClick:{type:Boolean,value:!1},noCloseOnEsc:{type:Boolean,value:!1},trigger:{type:Array,value:()=>["click"]},withBackdrop:{type:Boolean,value:!1},__shouldRestoreFocus:{type:Boolean,value:!1,sync:!0},__overlayId:{type:String}}}static get observers(){return["__updateContentHeight(contentHeight, _overlayElement)","__updateContentWidth(contentWidth, _overlayElement)","__openedOrTargetChanged(opened, target)","__overlayRoleOrTargetChanged(overlayRole, target)"]}static setDefaultFocusDelay(t){z=null!=t&&t>=0?t:P}static setDefaultHideDelay(t){L=null!=t&&t>=0?t:P}static setDefaultHoverDelay(t){A=null!=t&&t>=0?t:P}constructor(){super(),this.__overlayId=`vaadin-popover-${(0,E.I)()}`,this.__onGlobalClick=this.__onGlobalClick.bind(this),this.__onGlobalKeyDown=this.__onGlobalKeyDown.bind(this),this.__onTargetClick=this.__onTargetClick.bind(this),this.__onTargetFocusIn=this.__onTargetFocusIn.bind(this),this.__onTargetFocusOut=this.__onTargetFocusOut.bind(this),this.__onTargetMouseEnter=this.__onTargetMouseEnter.bind(this),this.__onTargetMouseLeave=this.__onTargetMouseLeave.bind(this),this._openedStateController=new B(this)}render(){const t=this.__effectivePosition;return r.qy`
      <vaadin-popover-overlay
        id="${this.__overlayId}"
        role="${this.overlayRole}"
        aria-label="${T(this.accessibleName)}"
        aria-labelledby="${T(this.accessibleNameRef)}"
        .renderer="${this.renderer}"
        .owner="${this}"
        theme="${T(this._theme)}"
        .positionTarget="${this.target}"
        .position="${t}"
        .opened="${this.opened}"
        .modeless="${!this.modal}"
        .focusTrap="${this.modal}"
        .withBackdrop="${this.withBackdrop}"
        ?no-horizontal-overlap="${this.__computeNoHorizontalOverlap(t)}"
        ?no-vertical-overlap="${this.__computeNoVerticalOverlap(t)}"
        .horizontalAlign="${this.__computeHorizontalAlign(t)}"
        .verticalAlign="${this.__computeVerticalAlign(t)}"
        @mousedown="${this.__onOverlayMouseDown}"
        @mouseenter="${this.__onOverlayMouseEnter}"
        @mouseleave="${this.__onOverlayMouseLeave}"
        @focusin="${this.__onOverlayFocusIn}"
        @focusout="${this.__onOverlayFocusOut}"
        @opened-changed="${this.__onOpenedChanged}"
        .restoreFocusOnClose="${this.__shouldRestoreFocus}"
        .restoreFocusNode="${this.target}"
        @vaadin-overlay-escape-press="${this.__onEscapePress}"
        @vaadin-overlay-outside-click="${this.__onOutsideClick}"
        @vaadin-overlay-open="${this.__onOverlayOpened}"
        @vaadin-overlay-closed="${this.__onOverlayClosed}"
      ></vaadin-popover-overlay>
    `}requestContentUpdate(){this.renderer&&this._overlayElement&&this._overlayElement.requestContentUpdate()}ready(){super.ready(),this._overlayElement=this.shadowRoot.querySelector("vaadin-popover-overlay")}connectedCallback(){super.connectedCallback(),document.documentElement.addEventListener("click",this.__onGlobalClick,!0)}disconnectedCallback(){super.disconnectedCallback(),document.documentElement.removeEventListener("click",this.__onGlobalClick,!0),this._openedStateController.close(!0)}_addTargetListeners(t){t.addEventListener("click",this.__onTargetClick),t.addEventListener("mouseenter",this.__onTargetMouseEnter),t.addEventListener("mouseleave",this.__onTargetMouseLeave),t.addEventListener("focusin",this.__onTargetFocusIn),t.addEventListener("focusout",this.__onTargetFocusOut)}_removeTargetListeners(t){t.removeEventListener("click",this.__onTargetClick),t.removeEventListener("mouseenter",this.__onTargetMouseEnter),t.removeEventListener("mouseleave",this.__onTargetMouseLeave),t.removeEventListener("focusin",this.__onTargetFocusIn),t.removeEventListener("focusout",this.__onTargetFocusOut)}__openedChanged(t,e){t?document.addEventListener("keydown",this.__onGlobalKeyDown,!0):e&&document.removeEventListener("keydown",this.__onGlobalKeyDown,!0)}__openedOrTargetChanged(t,e){e&&(e.setAttribute("aria-expanded",t?"true":"false"),t?e.setAttribute("aria-controls",this.__overlayId):e.removeAttribute("aria-controls"))}__overlayRoleOrTargetChanged(t,e){if(this.__oldTarget&&this.__oldTarget.removeAttribute("aria-haspopup"),e){const o="dialog"===t||"alertdialog"===t;e.setAttribute("aria-haspopup",o?"dialog":"true"),this.__oldTarget=e}}__onGlobalClick(t){!this.opened||this.__isManual||this.modal||t.composedPath().some(t=>t===this._overlayElement||t===this.target)||this.noCloseOnOutsideClick||!(0,$.$)(this._overlayElement)||this._openedStateController.close(!0)}__onTargetClick(){this.__hasTrigger("click")&&(this.opened||(this.__shouldRestoreFocus=!0),this.opened?this._openedStateController.close(!0):this._openedStateController.open({immediate:!0}))}__onGlobalKeyDown(t){this.modal||("Escape"===t.key&&!this.noCloseOnEsc&&this.opened&&!this.__isManual&&(0,$.$)(this._overlayElement)&&(t.stopPropagation(),this._openedStateController.close(!0)),"Tab"===t.key&&(t.shiftKey?this.__onGlobalShiftTab(t):this.__onGlobalTab(t)))}__onGlobalTab(t){const e=this._overlayElement.$.overlay;if(this.target&&(0,i.Qj)(this.target))return t.preventDefault(),void e.focus();const o=this.__getLastFocusable(e);if(o&&(0,i.Qj)(o)){const o=this.__getNextBodyFocusable(this.target);if(o&&o!==e)return t.preventDefault(),void o.focus()}const r=(0,i.dw)();this.__getNextBodyFocusable(r)===e&&o&&o.focus()}__onGlobalShiftTab(t){const e=this._overlayElement.$.overlay;if(this.target&&(0,i.Qj)(this.target)&&this.__shouldRestoreFocus)return void(this.__shouldRestoreFocus=!1);if(this.target&&(0,i.Qj)(e))return t.preventDefault(),void this.target.focus();const o=this.__getNextBodyFocusable(this.target);if(o&&(0,i.Qj)(o)){const o=this.__getLastFocusable(e);o&&(t.preventDefault(),o.focus())}}__getNextBodyFocusable(t){const e=(0,i.iq)(document.body),o=e.findIndex(e=>e===t);return e[o+1]}__getLastFocusable(t){return(0,i.iq)(t).pop()}__onTargetFocusIn(){if(this.__focusInside=!0,this.__hasTrigger("focus")){if(this.__hasTrigger("click")&&!(0,i.aJ)())return;this.__shouldRestoreFocus||(this.__shouldRestoreFocus=!0,this._openedStateController.open({trigger:"focus"}))}}__onTargetFocusOut(t){(0,$.$)(this._overlayElement)&&(this.__hasTrigger("focus")&&this.__mouseDownInside||this._overlayElement.contains(t.relatedTarget)||this.__handleFocusout())}__onTargetMouseEnter(){this.__hoverInside=!0,this.__hasTrigger("hover")&&!this.opened&&(this.modal&&(this.target.style.pointerEvents="auto"),this._openedStateController.open({trigger:"hover"}))}__onTargetMouseLeave(t){this._overlayElement.opened&&!(0,$.$)(this._overlayElement)||this._overlayElement.contains(t.relatedTarget)||this.__handleMouseLeave()}__onOverlayFocusIn(){this.__focusInside=!0,(this.__hasTrigger("focus")||this.__hasTrigger("click"))&&(this.__shouldRestoreFocus=!0)}__onOverlayFocusOut(t){(0,$.$)(this._overlayElement)&&(this.__hasTrigger("focus")&&this.__mouseDownInside||t.relatedTarget===this.target||this._overlayElement.contains(t.relatedTarget)||this.__handleFocusout())}__onOverlayMouseDown(){this.__hasTrigger("focus")&&(this.__mouseDownInside=!0,document.addEventListener("mouseup",()=>{this.__mouseDownInside=!1},{once:!0}))}__onOverlayMouseEnter(){this.__hoverInside=!0,this.__hasTrigger("hover")&&this._openedStateController.isClosing&&this._openedStateController.open({immediate:!0})}__onOverlayMouseLeave(t){(0,$.$)(this._overlayElement)&&t.relatedTarget!==this.target&&this.__handleMouseLeave()}__handleFocusout(){this.__focusInside=!1,this.__hasTrigger("hover")&&this.__hoverInside||this.__hasTrigger("focus")&&this._openedStateController.close(!0)}__handleMouseLeave(){this.__hoverInside=!1,this.__hasTrigger("focus")&&this.__focusInside||this.__hasTrigger("hover")&&this._openedStateController.close()}__onOpenedChanged(t){this.opened=t.detail.value}__onOverlayOpened(){this.autofocus&&!this.modal&&this._overlayElement.$.overlay.focus()}__onOverlayClosed(){this.__shouldRestoreFocus&&setTimeout(()=>{this.__shouldRestoreFocus=!1}),this.modal&&this.target.style.pointerEvents&&(this.target.style.pointerEvents=""),this.dispatchEvent(new CustomEvent("closed"))}__onEscapePress(t){(this.noCloseOnEsc||this.__isManual)&&t.preventDefault()}__onOutsideClick(t){(this.noCloseOnOutsideClick||this.__isManual)&&t.preventDefault()}__hasTrigger(t){return Array.isArray(this.trigger)&&this.trigger.includes(t)}get __isManual(){return null==this.trigger||Array.isArray(this.trigger)&&0===this.trigger.length}__updateDimension(t,e,o){const r=`--_vaadin-popover-content-${e}`;o?t.style.setProperty(r,o):t.style.removeProperty(r)}__updateContentHeight(t,e){e&&this.__updateDimension(e,"height",t)}__updateContentWidth(t,e){e&&this.__updateDimension(e,"width",t)}}(0,s.X)(N)},27136(t,e,o){o.d(e,{A:()=>p}),o(86689);var r=o(13256),i=o(82901),s=o(72562),a=o(81488),n=o(86314),l=o(87550),d=o(18330),h=o(37436),c=o(37720);const u=t=>class extends((0,h.a)(t)){static get properties(){return{maxlength:{type:Number},minlength:{type:Number},pattern:{type:String}}}static get delegateAttrs(){return[...super.delegateAttrs,"maxlength","minlength","pattern"]}static get constraints(){return[...super.constraints,"maxlength","minlength","pattern"]}constructor(){super(),this._setType("text")}get clearElement(){return this.$.clearButton}ready(){super.ready(),this.addController(new d.f(this,t=>{this._setInputElement(t),this._setFocusElement(t),this.stateTarget=t,this.ariaTarget=t})),this.addController(new c.q(this.inputElement,this._labelController))}};(0,l.SF)("vaadin-text-field",n.k,{moduleId:"vaadin-text-field-styles"});class p extends(u((0,l.cp)((0,s.q)(r.Pu)))){static get is(){return"vaadin-text-field"}static get template(){return r.qy`
      <style>
        [part='input-field'] {
          flex-grow: 0;
        }
      </style>

      <div class="vaadin-field-container">
        <div part="label">
          <slot name="label"></slot>
          <span part="required-indicator" aria-hidden="true" on-click="focus"></span>
        </div>

        <vaadin-input-container
          part="input-field"
          readonly="[[readonly]]"
          disabled="[[disabled]]"
          invalid="[[invalid]]"
          theme$="[[_theme]]"
        >
          <slot name="prefix" slot="prefix"></slot>
          <slot name="input"></slot>
          <slot name="suffix" slot="suffix"></slot>
          <div id="clearButton" part="clear-button" slot="suffix" aria-hidden="true"></div>
        </vaadin-input-container>

        <div part="helper-text">
          <slot name="helper"></slot>
        </div>

        <div part="error-message">
          <slot name="error-message"></slot>
        </div>
      </div>
      <slot name="tooltip"></slot>
    `}static get properties(){return{maxlength:{type:Number},minlength:{type:Number}}}ready(){super.ready(),this._tooltipController=new a.I(this),this._tooltipController.setPosition("top"),this._tooltipController.setAriaTarget(this.inputElement),this.addController(this._tooltipController)}}(0,i.X)(p)},52733(t,e,o){o(27397);var r=o(47642);(0,o(87550).SF)("vaadin-text-field",r.k,{moduleId:"lumo-text-field-styles"}),o(27136)},11284(t,e,o){o(52733),o(27136)}}]);
//# sourceMappingURL=6618.js.map